import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmBox } from '../../components/ConfirmBox.js';
import { joinDuration } from './duration.js';
import { ModulePanel } from './ModulePanel.js';
import { Duration, NamedLabel } from './parts.js';
import type { EditorCallbacks } from './TrackEditor.js';
import {
  type ModuleDraft,
  moduleFieldId,
  moveModule,
  placeOf,
  removeModule,
  type TrackDraft,
  trackFieldId,
} from './versionEditor.js';

/** A module in the editor: its name, kind and duration, buttons that say which module, and its panel. */
export function ModuleItem(
  props: EditorCallbacks & { track: TrackDraft; module: ModuleDraft; place: number },
) {
  const { t } = useTranslation();
  const { draft, track, module: m, place, open, onDraft, onOpen, onAnnounce, onFocus } = props;
  const [confirming, setConfirming] = useState(false);
  const isOpen = open.has(m.key);
  const title = m.title.trim() || t('programmeEditor.untitledModule');
  const count = track.modules.length;
  const minutes = joinDuration(m.hours, m.minutes);
  const panelId = `module-${m.key}-panel`;
  const trackName = (tr: TrackDraft) =>
    tr.title.trim() || t('programmeEditor.untitledTrack', { n: draft.tracks.indexOf(tr) + 1 });

  const move = (by: -1 | 1) => {
    const next = moveModule(draft, m.key, by);
    const where = placeOf(next, m.key);
    onDraft(next);
    if (where) {
      onAnnounce(
        t(by === -1 ? 'programmeEditor.movedUp' : 'programmeEditor.movedDown', {
          title,
          place: where.place,
          of: where.of,
          track: trackName(where.track),
        }),
      );
      const atEdge = (by === -1 && where.place === 1) || (by === 1 && where.place === where.of);
      onFocus(`module-${m.key}-${(atEdge ? -by : by) === -1 ? 'up' : 'down'}`);
    }
  };

  return (
    <>
      <div className="aktion-module-row">
        <div>
          <p className="aktion-module-name">
            <strong>{title}</strong>
          </p>
          <p className="aktion-module-name">
            {t(`moduleKinds.${m.kind}`)}
            {minutes !== null && minutes > 0 && (
              <>
                {' · '}
                <Duration minutes={minutes} />
              </>
            )}
          </p>
        </div>
        <div className="aktion-actions">
          <button
            id={moduleFieldId(m, 'edit')}
            type="button"
            className="button button-secondary"
            aria-expanded={isOpen}
            aria-controls={isOpen ? panelId : undefined}
            onClick={() => onOpen(m.key, !isOpen)}
          >
            {isOpen ? (
              <NamedLabel title={title} text={(x) => t('programmeEditor.close', { title: x })} />
            ) : (
              <NamedLabel title={title} text={(x) => t('programmeEditor.edit', { title: x })} />
            )}
          </button>
          {count > 1 && (
            <>
              <button
                id={`module-${m.key}-up`}
                type="button"
                className="button button-secondary"
                disabled={place === 1}
                onClick={() => move(-1)}
              >
                {<NamedLabel title={title} text={(x) => t('programmeEditor.up', { title: x })} />}
              </button>
              <button
                id={`module-${m.key}-down`}
                type="button"
                className="button button-secondary"
                disabled={place === count}
                onClick={() => move(1)}
              >
                {<NamedLabel title={title} text={(x) => t('programmeEditor.down', { title: x })} />}
              </button>
            </>
          )}
          <button
            id={`module-${m.key}-remove`}
            type="button"
            className="button button-tertiary"
            onClick={() => setConfirming(true)}
          >
            {<NamedLabel title={title} text={(x) => t('programmeEditor.remove', { title: x })} />}
          </button>
        </div>
      </div>
      {confirming && (
        <ConfirmBox
          question={t('programmeEditor.removeQuestion', { title })}
          confirmLabel={t('programmeEditor.removeConfirm')}
          onConfirm={() => {
            onDraft((d) => removeModule(d, m.key));
            onAnnounce(t('programmeEditor.removed', { title }));
            onFocus(trackFieldId(track, 'add-module'));
          }}
          onCancel={() => {
            setConfirming(false);
            onFocus(`module-${m.key}-remove`);
          }}
        />
      )}
      {isOpen && <ModulePanel {...props} panelId={panelId} title={title} trackName={trackName} />}
    </>
  );
}
