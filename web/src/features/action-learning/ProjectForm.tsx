import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ActionLearningLimits,
  type ActionProjectRes,
  type FocusAreaOption,
  PROJECT_STATUSES,
  type ProjectShare,
} from '../../../../core/schemas/action-projects.js';
import { saveMyProject } from '../../api/actionLearning.js';
import { ApiError } from '../../api/client.js';
import { CheckboxGroup } from '../../components/CheckboxGroup.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { RadioGroup } from '../../components/RadioGroup.js';
import { SelectField } from '../../components/SelectField.js';
import { TextAreaField } from '../../components/TextAreaField.js';
import { TextField } from '../../components/TextField.js';
import { serverFieldErrors, useFormErrors } from '../../components/useFormErrors.js';
import { messageOf } from '../organisation/labels.js';
import {
  formToProject,
  type ProjectFormState,
  type ProjectTextField,
  projectIds,
  projectToForm,
  TEXT_FIELDS,
  validateProject,
} from './projectForm.js';

interface Props {
  cohortId: string;
  project: ActionProjectRes | null;
  focusAreas: FocusAreaOption[];
  inSet: boolean;
  onSaved: (project: ActionProjectRes) => void;
  onCancel?: (() => void) | undefined;
  /** A question suggested elsewhere (the self-assessment profile), put in for the leader to edit. */
  suggestedQuestion?: string | null;
}

/**
 * My action project. A refused save keeps what I typed in the fields (a stale edit says so and
 * leaves my text for me to copy), so nothing written is lost.
 */
export function ProjectForm(props: Props) {
  const { cohortId, project, focusAreas, inSet, onSaved, onCancel, suggestedQuestion } = props;
  const { t } = useTranslation();
  const form = useFormErrors();
  const [state, setState] = useState<ProjectFormState>(() => ({
    ...projectToForm(project),
    ...(suggestedQuestion ? { question: suggestedQuestion } : {}),
  }));
  const [busy, setBusy] = useState(false);
  const ids = projectIds(cohortId);
  const set = (patch: Partial<ProjectFormState>) => setState((s) => ({ ...s, ...patch }));
  const label = (field: 'title' | ProjectTextField | 'focusAreas' | 'status' | 'share') =>
    t(`actionLearning.project.${field}`);
  const shares: ProjectShare[] = inSet || state.share === 'set' ? ['private', 'set'] : ['private'];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problems = validateProject(state);
    if (problems.length)
      return form.show(
        problems.map((p) => ({
          id: ids[p.field],
          message: t(`actionLearning.project.${p.problem}`, { field: label(p.field) }),
        })),
      );
    setBusy(true);
    try {
      onSaved(await saveMyProject(cohortId, formToProject(state, project?.version ?? null)));
      form.clear();
    } catch (err) {
      form.show(
        err instanceof ApiError && Object.keys(err.fields).length
          ? serverFieldErrors(err.fields, ids, ids.title)
          : [{ id: ids.title, message: messageOf(err) }],
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <ErrorSummary errors={form.errors} focusSignal={form.focusSignal} />
      <form onSubmit={submit} noValidate>
        <TextField
          id={ids.title}
          label={label('title')}
          hint={t('actionLearning.project.titleHint')}
          value={state.title}
          onChange={(title) => set({ title })}
          error={form.errorFor(ids.title)}
          maxLength={ActionLearningLimits.titleMax}
        />
        {TEXT_FIELDS.map((field) => (
          <TextAreaField
            key={field}
            id={ids[field]}
            label={label(field)}
            hint={
              field === 'challenge' || field === 'question'
                ? t(`actionLearning.project.${field}Hint`)
                : undefined
            }
            value={state[field]}
            onChange={(value) => set({ [field]: value })}
            error={form.errorFor(ids[field])}
            maxLength={ActionLearningLimits.projectTextMax}
            rows={3}
          />
        ))}
        {focusAreas.length > 0 && (
          <CheckboxGroup
            id={ids.focusAreaIds}
            legend={label('focusAreas')}
            hint={t('actionLearning.project.focusAreasHint')}
            options={focusAreas.map((f) => ({ value: f.id, label: f.name }))}
            values={state.focusAreaIds}
            onChange={(focusAreaIds) => set({ focusAreaIds })}
            error={form.errorFor(ids.focusAreaIds)}
          />
        )}
        <SelectField
          id={ids.status}
          label={label('status')}
          value={state.status}
          onChange={(status) => set({ status: status as ProjectFormState['status'] })}
          options={PROJECT_STATUSES.map((s) => ({
            value: s,
            label: t(`actionLearning.project.statuses.${s}`),
          }))}
        />
        <RadioGroup
          id={ids.share}
          legend={label('share')}
          value={state.share}
          onChange={(share) => set({ share })}
          options={shares.map((s) => ({ value: s, label: t(`actionLearning.project.shares.${s}`) }))}
        />
        {!inSet && <p className="form-hint">{t('actionLearning.project.shareNoSet')}</p>}
        <div className="aktion-actions mt-5">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('actionLearning.project.save')}
          </button>
          {onCancel && (
            <button type="button" className="button button-secondary" onClick={onCancel}>
              {t('actionLearning.journal.cancelEdit')}
            </button>
          )}
        </div>
      </form>
    </>
  );
}
