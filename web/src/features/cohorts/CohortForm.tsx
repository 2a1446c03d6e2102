import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Limits } from '../../../../core/limits.js';
import { ApiError } from '../../api/client.js';
import { CheckboxGroup } from '../../components/CheckboxGroup.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { SelectField } from '../../components/SelectField.js';
import { TextField } from '../../components/TextField.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import { messageOf } from '../organisation/labels.js';
import {
  COHORT_IDS,
  type CohortFormState,
  cohortFieldId,
  reminderChoices,
  validateCohort,
} from './cohortForm.js';
import type { Person } from './parts.js';

interface Props {
  initial: CohortFormState;
  /** Starting a cohort: the published versions to choose from. Editing: undefined. */
  versions?: ReadonlyArray<{ value: string; label: string }>;
  facilitators: readonly Person[];
  facilitatorsHint: string;
  submitLabel: string;
  onSubmit: (state: CohortFormState) => Promise<void>;
  onCancel?: () => void;
}

/** Name, period and facilitators of a cohort (and, when starting one, its programme version). */
export function CohortForm(props: Props) {
  const { initial, versions, facilitators, facilitatorsHint, submitLabel, onSubmit, onCancel } = props;
  const { t } = useTranslation();
  const form = useFormErrors();
  const [state, setState] = useState<CohortFormState>(initial);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<CohortFormState>) => setState((s) => ({ ...s, ...patch }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problems = validateCohort(state, versions !== undefined);
    if (problems.length)
      return form.show(problems.map((p) => ({ id: p.id, message: t(`cohorts.problems.${p.problem}`) })));
    setBusy(true);
    try {
      await onSubmit(state);
      form.clear();
    } catch (err) {
      const fields = err instanceof ApiError ? Object.entries(err.fields) : [];
      form.show(
        fields.length
          ? fields.map(([field, message]) => ({ id: cohortFieldId(field), message }))
          : [{ id: versions ? COHORT_IDS.versionId : COHORT_IDS.name, message: messageOf(err) }],
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <ErrorSummary errors={form.errors} focusSignal={form.focusSignal} />
      <form onSubmit={submit} noValidate>
        {versions && (
          <SelectField
            id={COHORT_IDS.versionId}
            label={t('cohorts.fieldVersion')}
            value={state.versionId}
            onChange={(versionId) => set({ versionId })}
            options={[{ value: '', label: t('cohorts.chooseVersion') }, ...versions]}
            error={form.errorFor(COHORT_IDS.versionId)}
          />
        )}
        <TextField
          id={COHORT_IDS.name}
          label={t('cohorts.fieldName')}
          hint={t('cohorts.fieldNameHint')}
          value={state.name}
          onChange={(name) => set({ name })}
          error={form.errorFor(COHORT_IDS.name)}
          maxLength={Limits.nameMax}
          autoComplete="off"
          required
        />
        <div className="aktion-inline">
          <TextField
            id={COHORT_IDS.startsOn}
            type="date"
            label={t('cohorts.fieldStartsOn')}
            value={state.startsOn}
            onChange={(startsOn) => set({ startsOn })}
            error={form.errorFor(COHORT_IDS.startsOn)}
            required
          />
          <TextField
            id={COHORT_IDS.endsOn}
            type="date"
            label={t('cohorts.fieldEndsOn')}
            value={state.endsOn}
            onChange={(endsOn) => set({ endsOn })}
            error={form.errorFor(COHORT_IDS.endsOn)}
            required
          />
        </div>
        <CheckboxGroup
          id={COHORT_IDS.facilitatorUserIds}
          legend={t('cohorts.fieldFacilitators')}
          hint={facilitatorsHint}
          options={facilitators.map((f) => ({ value: f.id, label: f.name }))}
          values={state.facilitatorUserIds}
          onChange={(facilitatorUserIds) => set({ facilitatorUserIds })}
          error={form.errorFor(COHORT_IDS.facilitatorUserIds)}
        />
        <SelectField
          id={COHORT_IDS.reminderHours}
          label={t('cohorts.fieldReminder')}
          hint={t('cohorts.fieldReminderHint')}
          value={state.reminderHours}
          onChange={(reminderHours) => set({ reminderHours })}
          options={[
            { value: '', label: t('cohorts.reminderNone') },
            ...reminderChoices(state.reminderHours).map((h) => ({
              value: String(h),
              label:
                h % 24 === 0
                  ? t('cohorts.reminderDays', { count: h / 24 })
                  : t('cohorts.reminderHours', { count: h }),
            })),
          ]}
          error={form.errorFor(COHORT_IDS.reminderHours)}
        />
        <div className="aktion-actions mt-6">
          <button type="submit" className="button button-primary" disabled={busy}>
            {submitLabel}
          </button>
          {onCancel && (
            <button type="button" className="button button-secondary" onClick={onCancel}>
              {t('common.cancel')}
            </button>
          )}
        </div>
      </form>
    </>
  );
}
