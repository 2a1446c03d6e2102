import { type Dispatch, type SetStateAction, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FocusAreaRes, ProgrammeLimits } from '../../../../core/schemas/programmes.js';
import { ConfirmBox } from '../../components/ConfirmBox.js';
import { PlainTextEditor } from '../../components/PlainTextEditor.js';
import { TextField } from '../../components/TextField.js';
import { ModuleItem } from './ModuleItem.js';
import { NamedLabel } from './parts.js';
import {
  addModule,
  moduleFieldId,
  moveTrack,
  removeTrack,
  type TrackDraft,
  trackFieldId,
  updateTrack,
  type VersionDraft,
} from './versionEditor.js';

export interface EditorCallbacks {
  draft: VersionDraft;
  focusAreas: FocusAreaRes[];
  open: ReadonlySet<string>;
  errorFor: (id: string) => string | undefined;
  onDraft: Dispatch<SetStateAction<VersionDraft>>;
  onOpen: (moduleKey: string, open: boolean) => void;
  /** Said politely by screen readers: what a move or removal did. */
  onAnnounce: (text: string) => void;
  /** Focus this element id once the page has re-rendered. */
  onFocus: (id: string) => void;
}

/** One track: its name and description, buttons to move or remove it, and its modules in order. */
export function TrackEditor(props: EditorCallbacks & { track: TrackDraft; index: number }) {
  const { t } = useTranslation();
  const { draft, track, index, errorFor, onDraft, onAnnounce, onFocus } = props;
  const [confirming, setConfirming] = useState(false);
  const name = track.title.trim() || t('programmeEditor.untitledTrack', { n: index + 1 });
  const headingId = `track-${track.key}-heading`;
  const count = draft.tracks.length;
  const titleId = trackFieldId(track, 'title');

  const move = (by: -1 | 1) => {
    const place = index + 1 + by;
    onDraft((d) => moveTrack(d, track.key, by));
    onAnnounce(t('programmeEditor.trackMoved', { title: name, place, of: count }));
    // The same button again, unless the track reached the edge: then the other one.
    const direction = (by === -1 && place === 1) || (by === 1 && place === count) ? -by : by;
    onFocus(`track-${track.key}-${direction === -1 ? 'up' : 'down'}`);
  };

  return (
    <section className="aktion-track-editor" aria-labelledby={headingId}>
      <h3 id={headingId}>{name}</h3>
      <TextField
        id={titleId}
        label={t('programmeEditor.trackTitle')}
        value={track.title}
        onChange={(title) => onDraft((d) => updateTrack(d, track.key, { title }))}
        error={errorFor(titleId)}
        maxLength={ProgrammeLimits.titleMax}
        autoComplete="off"
        required
      />
      <PlainTextEditor
        id={trackFieldId(track, 'description')}
        textType="programme_module"
        label={t('programmeEditor.trackDescription')}
        value={track.description}
        onChange={(description) => onDraft((d) => updateTrack(d, track.key, { description }))}
        error={errorFor(trackFieldId(track, 'description'))}
        maxLength={ProgrammeLimits.textMax}
        rows={2}
      />
      <div className="aktion-actions mt-4">
        {count > 1 && (
          <>
            <button
              id={`track-${track.key}-up`}
              type="button"
              className="button button-secondary"
              disabled={index === 0}
              onClick={() => move(-1)}
            >
              <NamedLabel title={name} text={(x) => t('programmeEditor.trackUp', { title: x })} />
            </button>
            <button
              id={`track-${track.key}-down`}
              type="button"
              className="button button-secondary"
              disabled={index === count - 1}
              onClick={() => move(1)}
            >
              <NamedLabel title={name} text={(x) => t('programmeEditor.trackDown', { title: x })} />
            </button>
          </>
        )}
        <button
          id={`track-${track.key}-remove`}
          type="button"
          className="button button-tertiary"
          onClick={() => setConfirming(true)}
        >
          <NamedLabel title={name} text={(x) => t('programmeEditor.trackRemove', { title: x })} />
        </button>
      </div>
      {confirming && (
        <ConfirmBox
          question={t('programmeEditor.trackRemoveQuestion', { title: name, count: track.modules.length })}
          confirmLabel={t('programmeEditor.trackRemoveConfirm')}
          onConfirm={() => {
            onDraft((d) => removeTrack(d, track.key));
            onAnnounce(t('programmeEditor.removed', { title: name }));
            onFocus('version-add-track');
          }}
          onCancel={() => {
            setConfirming(false);
            onFocus(`track-${track.key}-remove`);
          }}
        />
      )}

      <h4 className="mt-6">{t('programmeEditor.modulesHeading', { title: name })}</h4>
      {track.modules.length === 0 ? (
        <p>{t('programmeEditor.noModules')}</p>
      ) : (
        <ol className="aktion-modules">
          {track.modules.map((m, i) => (
            <li key={m.key}>
              <ModuleItem {...props} module={m} place={i + 1} />
            </li>
          ))}
        </ol>
      )}
      {track.modules.length < ProgrammeLimits.modulesPerTrackMax && (
        <button
          id={trackFieldId(track, 'add-module')}
          type="button"
          className="button button-secondary"
          onClick={() => {
            const { draft: next, module } = addModule(draft, track.key);
            onDraft(next);
            props.onOpen(module.key, true);
            onFocus(moduleFieldId(module, 'title'));
          }}
        >
          {t('programmeEditor.addModule', { title: name })}
        </button>
      )}
    </section>
  );
}
