import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MODULE_KINDS, type ModuleKind, ProgrammeLimits } from '../../../../core/schemas/programmes.js';
import { PlainTextEditor } from '../../components/PlainTextEditor.js';
import { SelectField } from '../../components/SelectField.js';
import { TextAreaField } from '../../components/TextAreaField.js';
import { FieldErrorMessage, TextField } from '../../components/TextField.js';
import { MaterialsField } from './MaterialsField.js';
import { NamedLabel, Swatch } from './parts.js';
import type { EditorCallbacks } from './TrackEditor.js';
import {
  type ModuleDraft,
  moduleFieldId,
  moveModuleToTrack,
  type TrackDraft,
  updateModule,
} from './versionEditor.js';

interface ModulePanelProps extends EditorCallbacks {
  track: TrackDraft;
  module: ModuleDraft;
  panelId: string;
  title: string;
  trackName: (track: TrackDraft) => string;
}

/** The fields of one module: kind, title, text, duration, goals, focus areas, materials, and its track. */
export function ModulePanel(props: ModulePanelProps) {
  const { t } = useTranslation();
  const {
    draft,
    track,
    module: m,
    panelId,
    title,
    focusAreas,
    errorFor,
    onDraft,
    onAnnounce,
    onFocus,
  } = props;
  const set = (change: Partial<ModuleDraft>) => onDraft((d) => updateModule(d, m.key, change));
  const others = draft.tracks.filter((tr) => tr.key !== track.key);
  const [target, setTarget] = useState(others[0]?.key ?? '');
  const targetKey = others.some((o) => o.key === target) ? target : (others[0]?.key ?? '');
  // Archived areas are offered only where a module already has them.
  const areas = focusAreas.filter((a) => !a.archived || m.focusAreaIds.includes(a.id));
  const hoursId = moduleFieldId(m, 'hours');
  const minutesId = moduleFieldId(m, 'minutes');
  const durationError = errorFor(hoursId);
  const areasId = moduleFieldId(m, 'focusAreaIds');
  const areasError = errorFor(areasId);

  return (
    <fieldset id={panelId} className="aktion-module-panel">
      <legend className="sr-only">{t('programmeEditor.panelLabel', { title })}</legend>
      <SelectField
        id={moduleFieldId(m, 'kind')}
        label={t('programmeEditor.kind')}
        value={m.kind}
        onChange={(kind) => set({ kind: kind as ModuleKind })}
        options={MODULE_KINDS.map((k) => ({ value: k, label: t(`moduleKinds.${k}`) }))}
        error={errorFor(moduleFieldId(m, 'kind'))}
      />
      <TextField
        id={moduleFieldId(m, 'title')}
        label={t('programmeEditor.title')}
        value={m.title}
        onChange={(value) => set({ title: value })}
        error={errorFor(moduleFieldId(m, 'title'))}
        maxLength={ProgrammeLimits.titleMax}
        autoComplete="off"
        required
      />
      <PlainTextEditor
        id={moduleFieldId(m, 'description')}
        textType="programme_module"
        label={t('programmeEditor.description')}
        hint={t('programmeEditor.descriptionHint')}
        value={m.description}
        onChange={(description) => set({ description })}
        error={errorFor(moduleFieldId(m, 'description'))}
        maxLength={ProgrammeLimits.textMax}
        rows={5}
      />
      <div className={`form-group${durationError ? ' form-error' : ''}`}>
        <fieldset aria-describedby={`${hoursId}-hint${durationError ? ` ${hoursId}-error` : ''}`}>
          <legend className="form-label">{t('programmeEditor.duration')}</legend>
          <span className="form-hint" id={`${hoursId}-hint`}>
            {t('programmeEditor.durationHint')}
          </span>
          {durationError && <FieldErrorMessage id={hoursId} message={durationError} />}
          <div className="aktion-duration">
            <TextField
              id={hoursId}
              label={t('programmeEditor.hours')}
              value={m.hours}
              onChange={(hours) => set({ hours })}
              inputMode="numeric"
              inputClassName="input-width-xs"
              maxLength={2}
              autoComplete="off"
            />
            <TextField
              id={minutesId}
              label={t('programmeEditor.minutes')}
              value={m.minutes}
              onChange={(minutes) => set({ minutes })}
              inputMode="numeric"
              inputClassName="input-width-xs"
              maxLength={2}
              autoComplete="off"
            />
          </div>
        </fieldset>
      </div>
      <TextAreaField
        id={moduleFieldId(m, 'objectives')}
        label={t('programmeEditor.objectives')}
        hint={t('programmeEditor.objectivesHint')}
        value={m.objectives}
        onChange={(objectives) => set({ objectives })}
        error={errorFor(moduleFieldId(m, 'objectives'))}
        rows={3}
      />
      {areas.length > 0 && (
        <div className={`form-group${areasError ? ' form-error' : ''}`}>
          <fieldset aria-describedby={areasError ? `${areasId}-error` : undefined}>
            <legend className="form-label">{t('programmeEditor.focusAreas')}</legend>
            {areasError && <FieldErrorMessage id={areasId} message={areasError} />}
            {areas.map((a, i) => {
              const inputId = i === 0 ? areasId : `${areasId}-${a.id}`;
              return (
                <div className="form-group-checkbox" key={a.id}>
                  <input
                    type="checkbox"
                    id={inputId}
                    className="form-checkbox"
                    checked={m.focusAreaIds.includes(a.id)}
                    onChange={(e) =>
                      set({
                        focusAreaIds: e.target.checked
                          ? [...m.focusAreaIds, a.id]
                          : m.focusAreaIds.filter((x) => x !== a.id),
                      })
                    }
                  />
                  <label className="form-label" htmlFor={inputId}>
                    <Swatch colour={a.colour} />
                    {a.archived ? t('programmeVersion.archivedArea', { name: a.name }) : a.name}
                  </label>
                </div>
              );
            })}
          </fieldset>
        </div>
      )}

      <MaterialsField
        draft={draft}
        module={m}
        title={title}
        errorFor={errorFor}
        onDraft={onDraft}
        onAnnounce={onAnnounce}
        onFocus={onFocus}
      />

      {others.length > 0 && (
        <div className="aktion-inline mt-6">
          <SelectField
            id={`module-${m.key}-move-to`}
            label={t('programmeEditor.moveTo', { title })}
            value={targetKey}
            onChange={setTarget}
            options={others.map((o) => ({ value: o.key, label: props.trackName(o) }))}
          />
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              const to = others.find((o) => o.key === targetKey);
              if (!to) return;
              onDraft((d) => moveModuleToTrack(d, m.key, to.key));
              onAnnounce(t('programmeEditor.movedTrack', { title, track: props.trackName(to) }));
              onFocus(moduleFieldId(m, 'edit'));
            }}
          >
            <NamedLabel title={title} text={(x) => t('programmeEditor.moveToButtonNamed', { title: x })} />
          </button>
        </div>
      )}
    </fieldset>
  );
}
