import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CohortLimits } from '../../../../core/schemas/cohorts.js';
import { ApiError } from '../../api/client.js';
import { CheckboxField } from '../../components/CheckboxField.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { SelectField } from '../../components/SelectField.js';
import { TextField } from '../../components/TextField.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import { messageOf } from '../organisation/labels.js';
import {
  type ActivityFormState,
  activityFieldFor,
  activityFieldForReason,
  activityIds,
  validateActivity,
} from './activityForm.js';
import type { Person } from './parts.js';

interface Props {
  /** Keeps the input ids of two forms on one page apart. */
  idPrefix: string;
  initial: ActivityFormState;
  /** A new activity: the version's modules to choose from. A change keeps the module. */
  modules?: ReadonlyArray<{ value: string; label: string }>;
  facilitators: readonly Person[];
  submitLabel: string;
  onSubmit: (state: ActivityFormState) => Promise<void>;
  onCancel: () => void;
}

/**
 * One activity of the plan: module, title, date and times (Danish time), place, link, places,
 * facilitator, and whether participants sign up for a seat (with or without a waiting list).
 */
export function ActivityForm({
  idPrefix,
  initial,
  modules,
  facilitators,
  submitLabel,
  onSubmit,
  onCancel,
}: Props) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const ids = activityIds(idPrefix);
  const [state, setState] = useState<ActivityFormState>(initial);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<ActivityFormState>) => setState((s) => ({ ...s, ...patch }));
  const err = (field: keyof ActivityFormState) => form.errorFor(ids[field]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problems = validateActivity(state);
    if (problems.length)
      return form.show(
        problems.map((p) => ({ id: ids[p.field], message: t(`cohortPlan.problems.${p.problem}`) })),
      );
    setBusy(true);
    try {
      await onSubmit(state);
      form.clear();
    } catch (error) {
      const fields = error instanceof ApiError ? Object.entries(error.fields) : [];
      form.show(
        fields.length
          ? fields.map(([field, message]) => ({ id: ids[activityFieldFor(field)], message }))
          : [
              {
                id: ids[activityFieldForReason(error instanceof ApiError ? error.reason : undefined)],
                message: messageOf(error),
              },
            ],
      );
    } finally {
      setBusy(false);
    }
  };

  const facilitatorOptions = [
    { value: '', label: t('cohortPlan.noFacilitator') },
    ...facilitators.map((f) => ({ value: f.id, label: f.name })),
  ];

  return (
    <>
      <ErrorSummary errors={form.errors} focusSignal={form.focusSignal} />
      <form onSubmit={submit} noValidate>
        {modules && (
          <SelectField
            id={ids.moduleId}
            label={t('cohortPlan.fieldModule')}
            value={state.moduleId}
            onChange={(moduleId) => set({ moduleId })}
            options={[{ value: '', label: t('cohortPlan.chooseModule') }, ...modules]}
            error={err('moduleId')}
          />
        )}
        <TextField
          id={ids.title}
          label={t('cohortPlan.fieldTitle')}
          hint={t('cohortPlan.fieldTitleHint')}
          value={state.title}
          onChange={(title) => set({ title })}
          error={err('title')}
          maxLength={200}
          autoComplete="off"
        />
        <div className="aktion-inline">
          <TextField
            id={ids.date}
            type="date"
            label={t('cohortPlan.fieldDate')}
            value={state.date}
            onChange={(date) => set({ date })}
            error={err('date')}
            required
          />
          <TextField
            id={ids.startTime}
            label={t('cohortPlan.fieldStart')}
            hint={t('cohortPlan.fieldTimeHint')}
            value={state.startTime}
            onChange={(startTime) => set({ startTime })}
            error={err('startTime')}
            inputClassName="input-width-xs"
            maxLength={5}
            autoComplete="off"
            required
          />
          <TextField
            id={ids.endTime}
            label={t('cohortPlan.fieldEnd')}
            hint={t('cohortPlan.fieldTimeHint')}
            value={state.endTime}
            onChange={(endTime) => set({ endTime })}
            error={err('endTime')}
            inputClassName="input-width-xs"
            maxLength={5}
            autoComplete="off"
            required
          />
        </div>
        <TextField
          id={ids.location}
          label={t('cohortPlan.fieldLocation')}
          value={state.location}
          onChange={(location) => set({ location })}
          error={err('location')}
          maxLength={CohortLimits.textMax}
        />
        <TextField
          id={ids.onlineUrl}
          type="url"
          label={t('cohortPlan.fieldOnlineUrl')}
          hint={t('cohortPlan.fieldOnlineUrlHint')}
          value={state.onlineUrl}
          onChange={(onlineUrl) => set({ onlineUrl })}
          error={err('onlineUrl')}
          maxLength={2000}
          verbatim
        />
        <div className="aktion-inline">
          <TextField
            id={ids.capacity}
            label={t(state.signup ? 'cohortPlan.fieldCapacitySignup' : 'cohortPlan.fieldCapacity')}
            required={state.signup}
            value={state.capacity}
            onChange={(capacity) => set({ capacity })}
            error={err('capacity')}
            inputMode="numeric"
            inputClassName="input-width-xs"
            maxLength={6}
            autoComplete="off"
          />
          <SelectField
            id={ids.facilitatorUserId}
            label={t('cohortPlan.fieldFacilitator')}
            value={state.facilitatorUserId}
            onChange={(facilitatorUserId) => set({ facilitatorUserId })}
            options={facilitatorOptions}
            error={err('facilitatorUserId')}
          />
        </div>
        <CheckboxField
          id={ids.signup}
          label={t('cohortPlan.fieldSignup')}
          hint={t('cohortPlan.fieldSignupHint')}
          checked={state.signup}
          onChange={(signup) => set({ signup })}
          error={err('signup')}
        />
        {state.signup && (
          <CheckboxField
            id={ids.waitingList}
            label={t('cohortPlan.fieldWaitingList')}
            hint={t('cohortPlan.fieldWaitingListHint')}
            checked={state.waitingList}
            onChange={(waitingList) => set({ waitingList })}
            error={err('waitingList')}
          />
        )}
        <div className="aktion-actions mt-6">
          <button type="submit" className="button button-primary" disabled={busy}>
            {submitLabel}
          </button>
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </>
  );
}
