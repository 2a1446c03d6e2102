import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingRes, SetMeetingsRes } from '../../../../core/schemas/learning-set-meetings.js';
import { ApiError } from '../../api/client.js';
import { planMeeting } from '../../api/setMeetings.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { serverFieldErrors, useFormErrors } from '../../components/useFormErrors.js';
import { messageOf } from '../organisation/labels.js';
import { SetMeetingWhen, whenIds } from './SetMeetingWhen.js';
import { emptyWhen, type MeetingWhen, toPlanBody, validateWhen } from './setMeetings.js';

/** "Planlæg et møde": in an activity of the cohort's plan, or at a date and time, and a place. */
export function SetMeetingPlanForm({
  set,
  onPlanned,
}: {
  set: SetMeetingsRes['set'];
  onPlanned: (meeting: MeetingRes) => void;
}) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const ids = whenIds('plan-meeting');
  const [when, setWhen] = useState<MeetingWhen>(emptyWhen());
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problems = validateWhen(when);
    if (problems.length)
      return form.show(
        problems.map((p) => ({ id: ids[p.field], message: t(`setMeetings.problems.${p.problem}`) })),
      );
    setBusy(true);
    try {
      const meeting = await planMeeting(set.id, toPlanBody(when));
      form.clear();
      setWhen(emptyWhen());
      onPlanned(meeting);
    } catch (error) {
      const fields = error instanceof ApiError ? error.fields : {};
      form.show(
        Object.keys(fields).length
          ? serverFieldErrors(
              fields,
              { startsAt: ids.date, activityId: ids.activityId, location: ids.location },
              ids.date,
            )
          : [{ id: ids.activityId, message: messageOf(error) }],
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <ErrorSummary errors={form.errors} focusSignal={form.focusSignal} />
      <form onSubmit={submit} noValidate className="aktion-panel">
        <SetMeetingWhen
          ids={ids}
          value={when}
          onChange={(patch) => setWhen((w) => ({ ...w, ...patch }))}
          activities={set.activities}
          errorFor={form.errorFor}
        />
        <button type="submit" className="button button-primary mt-4" disabled={busy}>
          {t('setMeetings.plan')}
        </button>
      </form>
    </>
  );
}
