import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LEADER_LEVELS, type Level } from '../../../../core/organisation.js';
import {
  AssessmentLimits,
  ROUND_KINDS,
  type RoundKind,
  type RoundSummary,
} from '../../../../core/schemas/assessment.js';
import type { FieldRes } from '../../../../core/schemas/organisation.js';
import { ApiError } from '../../api/client.js';
import { createRound } from '../../api/rounds.js';
import { CheckboxGroup } from '../../components/CheckboxGroup.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { RadioGroup } from '../../components/RadioGroup.js';
import { SelectField } from '../../components/SelectField.js';
import { TextField } from '../../components/TextField.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import { messageOf } from '../organisation/labels.js';
import { type UnitTree, unitOptions } from '../organisation/unitTree.js';
import { fieldOptions } from '../organisation/useFields.js';
import {
  emptyRound,
  type NewRoundState,
  ROUND_IDS,
  roundFieldId,
  toCreateRoundBody,
  todayIn,
  validateRound,
} from './newRoundForm.js';

interface Props {
  cohorts: ReadonlyArray<{ id: string; name: string }>;
  /** Administrators may also invite a group of leaders by unit, level and field. */
  leaders: { tree: UnitTree; fields: readonly FieldRes[] | null } | null;
  /** Earlier rounds to compare with. */
  rounds: readonly RoundSummary[];
  onCreated: (round: RoundSummary) => void;
}

/** "Start en ny måling": name, kind, who answers, the dates and an earlier round to compare with. */
export function NewRoundForm({ cohorts, leaders, rounds, onCreated }: Props) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const [state, setState] = useState<NewRoundState>(() => emptyRound(todayIn(new Date())));
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<NewRoundState>) => setState((s) => ({ ...s, ...patch }));
  const target = leaders ? state.target : 'cohort';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const now = new Date();
    const current = { ...state, target };
    const problems = validateRound(current, todayIn(now));
    if (problems.length)
      return form.show(
        problems.map((p) => ({
          id: p.id,
          message: t(`rounds.problems.${p.problem}`, { days: AssessmentLimits.openDaysMax }),
        })),
      );
    setBusy(true);
    try {
      const created = await createRound(toCreateRoundBody(current, now));
      form.clear();
      onCreated(created);
    } catch (err) {
      const fields = err instanceof ApiError ? Object.entries(err.fields) : [];
      form.show(
        fields.length
          ? fields.map(([field, message]) => ({ id: roundFieldId(field, target), message }))
          : [{ id: roundFieldId('', target), message: messageOf(err) }],
      );
    } finally {
      setBusy(false);
    }
  };

  const kindOptions = ROUND_KINDS.map((k: RoundKind) => ({ value: k, label: t(`rounds.kinds.${k}`) }));
  const levelOptions = LEADER_LEVELS.map((l: Level) => ({ value: l, label: t(`levels.${l}`) }));
  const compareOptions = rounds
    .filter((r) => r.status !== 'scheduled')
    .map((r) => ({
      value: r.id,
      label: t('rounds.compareOption', { name: r.name, status: t(`rounds.statuses.${r.status}`) }),
    }));

  return (
    <>
      <ErrorSummary errors={form.errors} focusSignal={form.focusSignal} />
      <form onSubmit={submit} noValidate>
        <TextField
          id={ROUND_IDS.name}
          label={t('rounds.fieldName')}
          hint={t('rounds.fieldNameHint')}
          value={state.name}
          onChange={(name) => set({ name })}
          error={form.errorFor(ROUND_IDS.name)}
          maxLength={AssessmentLimits.nameMax}
          autoComplete="off"
          required
        />
        <SelectField
          id={ROUND_IDS.kind}
          label={t('rounds.fieldKind')}
          value={state.kind}
          onChange={(kind) => set({ kind: kind as RoundKind })}
          options={kindOptions}
          error={form.errorFor(ROUND_IDS.kind)}
        />
        {leaders && (
          <RadioGroup
            id={ROUND_IDS.target}
            legend={t('rounds.fieldTarget')}
            options={[
              { value: 'cohort', label: t('rounds.targetCohort') },
              { value: 'leaders', label: t('rounds.targetLeaders') },
            ]}
            value={state.target}
            onChange={(value) => set({ target: value })}
          />
        )}
        {target === 'cohort' ? (
          cohorts.length === 0 ? (
            <p>{t('rounds.noCohorts')}</p>
          ) : (
            <SelectField
              id={ROUND_IDS.cohortId}
              label={t('rounds.fieldCohort')}
              value={state.cohortId}
              onChange={(cohortId) => set({ cohortId })}
              options={[
                { value: '', label: t('rounds.chooseCohort') },
                ...cohorts.map((c) => ({ value: c.id, label: c.name })),
              ]}
              error={form.errorFor(ROUND_IDS.cohortId)}
            />
          )
        ) : (
          leaders && (
            <div className="aktion-round-leaders">
              <SelectField
                id={ROUND_IDS.unitId}
                label={t('rounds.fieldUnit')}
                hint={t('rounds.fieldUnitHint')}
                value={state.unitId}
                onChange={(unitId) => set({ unitId })}
                options={[{ value: '', label: t('rounds.wholeOrganisation') }, ...unitOptions(leaders.tree)]}
                error={form.errorFor(ROUND_IDS.unitId)}
              />
              <CheckboxGroup
                id={ROUND_IDS.levels}
                legend={t('rounds.fieldLevels')}
                options={levelOptions}
                values={state.levels}
                onChange={(levels) => set({ levels })}
                error={form.errorFor(ROUND_IDS.levels)}
              />
              <SelectField
                id={ROUND_IDS.fieldId}
                label={t('rounds.fieldField')}
                value={state.fieldId}
                onChange={(fieldId) => set({ fieldId })}
                options={[
                  { value: '', label: t('rounds.allFields') },
                  ...fieldOptions(leaders.fields, (name) => t('rounds.archivedField', { name })),
                ]}
                error={form.errorFor(ROUND_IDS.fieldId)}
              />
            </div>
          )
        )}
        <div className="aktion-inline aktion-round-dates">
          <TextField
            id={ROUND_IDS.opensOn}
            type="date"
            label={t('rounds.fieldOpensOn')}
            hint={t('rounds.fieldOpensOnHint')}
            value={state.opensOn}
            onChange={(opensOn) => set({ opensOn })}
            error={form.errorFor(ROUND_IDS.opensOn)}
            required
          />
          <TextField
            id={ROUND_IDS.closesOn}
            type="date"
            label={t('rounds.fieldClosesOn')}
            hint={t('rounds.fieldClosesOnHint')}
            value={state.closesOn}
            onChange={(closesOn) => set({ closesOn })}
            error={form.errorFor(ROUND_IDS.closesOn)}
            required
          />
        </div>
        {compareOptions.length > 0 && (
          <SelectField
            id={ROUND_IDS.compareRoundId}
            label={t('rounds.fieldCompare')}
            hint={t('rounds.fieldCompareHint')}
            value={state.compareRoundId}
            onChange={(compareRoundId) => set({ compareRoundId })}
            options={[{ value: '', label: t('rounds.compareNone') }, ...compareOptions]}
            error={form.errorFor(ROUND_IDS.compareRoundId)}
          />
        )}
        <div className="aktion-actions mt-6">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('rounds.create')}
          </button>
        </div>
      </form>
    </>
  );
}
