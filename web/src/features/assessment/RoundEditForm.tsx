import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AssessmentLimits,
  type RoundSummary,
  type UpdateRoundReq,
} from '../../../../core/schemas/assessment.js';
import { copenhagenDate } from '../../../../core/time.js';
import { ApiError } from '../../api/client.js';
import { updateRound } from '../../api/rounds.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { TextField } from '../../components/TextField.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import { messageOf } from '../organisation/labels.js';
import { closesAtOf, emptyRound, opensAtOf, ROUND_IDS, todayIn, validateRound } from './newRoundForm.js';

const IDS = {
  name: 'round-edit-name',
  opensOn: 'round-edit-opens-on',
  closesOn: 'round-edit-closes-on',
} as const;
const FIELD_IDS: Record<string, string> = { name: IDS.name, opensAt: IDS.opensOn, closesAt: IDS.closesOn };

/** Name and last day to answer until the round closes; the opening day too until it opens. */
export function RoundEditForm(props: {
  round: RoundSummary;
  onSaved: (round: RoundSummary) => void;
  onCancel: () => void;
}) {
  const { round, onSaved, onCancel } = props;
  const { t } = useTranslation();
  const form = useFormErrors();
  const scheduled = round.status === 'scheduled';
  const [name, setName] = useState(round.name);
  const [opensOn, setOpensOn] = useState(copenhagenDate(new Date(round.opensAt)));
  const [closesOn, setClosesOn] = useState(copenhagenDate(new Date(round.closesAt)));
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const now = new Date();
    const today = todayIn(now);
    // The same checks as a new round; the opening day counts only while it can still change.
    const problems = validateRound(
      { ...emptyRound(today), name, cohortId: 'x', opensOn: scheduled ? opensOn : today, closesOn },
      today,
    );
    const ids: Record<string, string> = {
      [ROUND_IDS.name]: IDS.name,
      [ROUND_IDS.opensOn]: IDS.opensOn,
      [ROUND_IDS.closesOn]: IDS.closesOn,
    };
    if (problems.length)
      return form.show(
        problems.map((p) => ({
          id: ids[p.id] ?? IDS.name,
          message: t(`rounds.problems.${p.problem}`, { days: AssessmentLimits.openDaysMax }),
        })),
      );
    const body: UpdateRoundReq = {};
    if (name.trim() !== round.name) body.name = name.trim();
    if (scheduled && opensOn !== copenhagenDate(new Date(round.opensAt)))
      body.opensAt = opensAtOf(opensOn, now);
    if (closesOn !== copenhagenDate(new Date(round.closesAt))) body.closesAt = closesAtOf(closesOn);
    if (Object.keys(body).length === 0) return onCancel();
    setBusy(true);
    try {
      onSaved(await updateRound(round.id, body));
    } catch (err) {
      const fields = err instanceof ApiError ? Object.entries(err.fields) : [];
      form.show(
        fields.length
          ? fields.map(([field, message]) => ({
              id: FIELD_IDS[field.split('.')[0] ?? ''] ?? IDS.name,
              message,
            }))
          : [{ id: IDS.closesOn, message: messageOf(err) }],
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="aktion-panel mt-4">
      <h3>{t('rounds.editHeading')}</h3>
      <ErrorSummary errors={form.errors} focusSignal={form.focusSignal} />
      <form onSubmit={submit} noValidate>
        <TextField
          id={IDS.name}
          label={t('rounds.fieldName')}
          value={name}
          onChange={setName}
          error={form.errorFor(IDS.name)}
          maxLength={AssessmentLimits.nameMax}
          autoComplete="off"
          required
        />
        <div className="aktion-inline aktion-round-dates">
          {scheduled && (
            <TextField
              id={IDS.opensOn}
              type="date"
              label={t('rounds.fieldOpensOn')}
              hint={t('rounds.fieldOpensOnHint')}
              value={opensOn}
              onChange={setOpensOn}
              error={form.errorFor(IDS.opensOn)}
              required
            />
          )}
          <TextField
            id={IDS.closesOn}
            type="date"
            label={t('rounds.fieldClosesOn')}
            hint={t('rounds.fieldClosesOnHint')}
            value={closesOn}
            onChange={setClosesOn}
            error={form.errorFor(IDS.closesOn)}
            required
          />
        </div>
        <div className="aktion-actions mt-6">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('common.save')}
          </button>
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
