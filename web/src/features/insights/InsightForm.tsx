import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  INSIGHT_VISIBILITIES,
  type InsightOptionsRes,
  type InsightVisibility,
} from '../../../../core/schemas/insights.js';
import { ApiError } from '../../api/client.js';
import { CheckboxGroup } from '../../components/CheckboxGroup.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { RadioGroup } from '../../components/RadioGroup.js';
import { SelectField } from '../../components/SelectField.js';
import { TextAreaField } from '../../components/TextAreaField.js';
import { TextField } from '../../components/TextField.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import { messageOf } from '../organisation/labels.js';
import { INSIGHT_IDS, type InsightFormState, insightFieldId, validateInsight } from './insightForm.js';

interface Props {
  initial: InsightFormState;
  options: InsightOptionsRes;
  /**
   * `select`: the author picks the cohort (a new insight from scratch); `fixed`: it is the
   * source's, or the saved insight's, and shown elsewhere.
   */
  cohortChoice: 'select' | 'fixed';
  /** Whether the author is in a learning set of the fixed cohort (a source's answer). */
  fixedInSet?: boolean;
  submitLabel: string;
  onSubmit: (state: InsightFormState) => Promise<void>;
  /** A stale edit (409 `stale`): the page says so and offers the newest version. */
  onStale?: (message: string) => void;
  onCancel?: () => void;
}

/** Statement, tags, focus areas, field, cohort and visibility of an insight. */
export function InsightForm(props: Props) {
  const { initial, options, cohortChoice, fixedInSet, submitLabel, onSubmit, onStale, onCancel } = props;
  const { t } = useTranslation();
  const form = useFormErrors();
  const [state, setState] = useState<InsightFormState>(initial);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<InsightFormState>) => setState((s) => ({ ...s, ...patch }));
  const inSet =
    cohortChoice === 'fixed'
      ? (fixedInSet ?? false) || initial.visibility === 'set'
      : (options.myCohorts.find((c) => c.id === state.cohortId)?.inSet ?? false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problems = validateInsight(state, inSet);
    if (problems.length)
      return form.show(
        problems.map((p) => ({ id: p.id, message: t(`insights.form.problems.${p.problem}`) })),
      );
    setBusy(true);
    try {
      await onSubmit(state);
      form.clear();
    } catch (err) {
      if (err instanceof ApiError && err.reason === 'stale' && onStale) {
        form.clear();
        onStale(err.message);
        return;
      }
      const fields = err instanceof ApiError ? Object.entries(err.fields) : [];
      form.show(
        fields.length
          ? fields.map(([field, message]) => ({ id: insightFieldId(field), message }))
          : [{ id: INSIGHT_IDS.statement, message: messageOf(err) }],
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <ErrorSummary errors={form.errors} focusSignal={form.focusSignal} />
      <form onSubmit={submit} noValidate>
        <TextAreaField
          id={INSIGHT_IDS.statement}
          label={t('insights.form.statement')}
          hint={t('insights.form.statementHint')}
          value={state.statement}
          onChange={(statement) => set({ statement })}
          error={form.errorFor(INSIGHT_IDS.statement)}
          rows={5}
          required
        />
        <TextField
          id={INSIGHT_IDS.tags}
          label={t('insights.form.tags')}
          hint={t('insights.form.tagsHint')}
          value={state.tags}
          onChange={(tags) => set({ tags })}
          error={form.errorFor(INSIGHT_IDS.tags)}
          autoComplete="off"
        />
        {options.focusAreas.length > 0 && (
          <CheckboxGroup
            id={INSIGHT_IDS.focusAreaIds}
            legend={t('insights.form.focusAreas')}
            options={options.focusAreas.map((a) => ({ value: a.id, label: a.name }))}
            values={state.focusAreaIds}
            onChange={(focusAreaIds) => set({ focusAreaIds })}
            error={form.errorFor(INSIGHT_IDS.focusAreaIds)}
          />
        )}
        <SelectField
          id={INSIGHT_IDS.fieldId}
          label={t('insights.form.field')}
          value={state.fieldId}
          onChange={(fieldId) => set({ fieldId })}
          options={[
            { value: '', label: t('insights.form.noField') },
            ...options.fields.map((f) => ({ value: f.id, label: f.name })),
          ]}
          error={form.errorFor(INSIGHT_IDS.fieldId)}
        />
        {cohortChoice === 'select' && options.myCohorts.length > 0 && (
          <SelectField
            id={INSIGHT_IDS.cohortId}
            label={t('insights.form.cohort')}
            hint={t('insights.form.cohortHint')}
            value={state.cohortId}
            onChange={(cohortId) => set({ cohortId })}
            options={[
              { value: '', label: t('insights.form.noCohort') },
              ...options.myCohorts.map((c) => ({ value: c.id, label: c.name })),
            ]}
            error={form.errorFor(INSIGHT_IDS.cohortId)}
          />
        )}
        <div className={form.errorFor(INSIGHT_IDS.visibility) ? 'form-group form-error' : undefined}>
          {form.errorFor(INSIGHT_IDS.visibility) && (
            <span className="form-error-message" id={`${INSIGHT_IDS.visibility}-error`}>
              <span className="sr-only">{t('common.error')}: </span>
              {form.errorFor(INSIGHT_IDS.visibility)}
            </span>
          )}
          <RadioGroup<InsightVisibility>
            id={INSIGHT_IDS.visibility}
            legend={t('insights.form.visibility')}
            value={state.visibility}
            onChange={(visibility) => set({ visibility })}
            options={INSIGHT_VISIBILITIES.map((v) => ({
              value: v,
              label: t(`insights.visibility.${v}`),
              hint: t(`insights.visibilityHint.${v}`),
            }))}
          />
        </div>
        <div className="aktion-actions mt-6">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('insights.form.saving') : submitLabel}
          </button>
          {onCancel && (
            <button type="button" className="button button-secondary" onClick={onCancel}>
              {t('insights.detail.cancelEdit')}
            </button>
          )}
        </div>
      </form>
    </>
  );
}
