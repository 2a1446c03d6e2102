import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ActivityRes, CohortRes } from '../../../../core/schemas/cohorts.js';
import { createActivity, duplicateActivity, updateActivity } from '../../api/cohorts.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { Notice, type NoticeMessage } from '../../components/Notice.js';
import { TextField } from '../../components/TextField.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import { formatClock, formatDay } from '../events/time.js';
import { messageOf } from '../organisation/labels.js';
import { NamedLabel } from '../programmes/parts.js';
import { ActivityForm } from './ActivityForm.js';
import {
  activityToForm,
  duplicateStart,
  emptyActivity,
  toActivityBody,
  toActivityUpdate,
} from './activityForm.js';
import { attendancePath, MoreForScreenReaders, type Person } from './parts.js';
import { groupByWeek, seatsTaken } from './plan.js';

type Mode = { kind: 'add' } | { kind: 'edit'; id: string } | { kind: 'duplicate'; id: string } | null;

interface Props {
  cohort: CohortRes;
  activities: ActivityRes[];
  onChange: (activities: ActivityRes[]) => void;
  modules: ReadonlyArray<{ value: string; label: string }>;
  facilitators: readonly Person[];
}

const byStart = (list: ActivityRes[]) => [...list].sort((a, b) => a.startsAt.localeCompare(b.startsAt));

/** "Plan": the activities by week, with add, edit (move) and copy to a new date. */
export function PlanSection({ cohort, activities, onChange, modules, facilitators }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [mode, setMode] = useState<Mode>(null);
  // Shown under the plan, beside "Tilføj aktivitet", where the user is after saving.
  const [notice, setNotice] = useState<NoticeMessage | null>(null);

  /** A saved activity: in the plan, and a success or the server's warning as the notice. */
  const saved = (activity: ActivityRes, list: ActivityRes[], text: string) => {
    onChange(byStart(list));
    setMode(null);
    const warnings = [
      ...(activity.warnings.includes('outside_period')
        ? [t('cohortPlan.outsidePeriod', { title: activity.title })]
        : []),
      ...(activity.warnings.includes('overlaps')
        ? [t('cohortPlan.overlaps', { title: activity.title })]
        : []),
    ];
    setNotice(
      warnings.length
        ? { variant: 'warning', text: [text, ...warnings].join(' ') }
        : { variant: 'success', text },
    );
  };

  return (
    <section aria-labelledby="plan-heading" id="plan" className="mt-8">
      <h2 id="plan-heading">{t('cohortPlan.heading')}</h2>
      <p>{t('cohortPlan.intro')}</p>
      {activities.length === 0 && <p>{t('cohortPlan.none')}</p>}
      {groupByWeek(activities).map((week) => (
        <div key={week.monday} className="aktion-plan-week">
          <h3>{t('cohortPlan.week', { week: week.week })}</h3>
          <ul className="aktion-modules">
            {week.activities.map((a) => (
              <li key={a.id}>
                <h4>{a.title}</h4>
                <dl className="aktion-facts">
                  <div>
                    <dt>{t('cohortPlan.when')}</dt>
                    <dd>
                      {formatDay(a.startsAt, lang)}{' '}
                      {t('cohortPlan.timeRange', {
                        from: formatClock(a.startsAt, lang),
                        to: formatClock(a.endsAt, lang),
                      })}
                    </dd>
                  </div>
                  <div>
                    <dt>{t('cohortPlan.module')}</dt>
                    <dd>
                      {a.module.title} ({t(`moduleKinds.${a.module.kind}`)})
                    </dd>
                  </div>
                  <div>
                    <dt>{t('cohortPlan.place')}</dt>
                    <dd>
                      {a.location ?? (a.onlineUrl ? t('cohortPlan.online') : t('cohortPlan.notSet'))}
                      {a.onlineUrl && (
                        <>
                          {' – '}
                          <a href={a.onlineUrl} className="aktion-break">
                            {t('cohortPlan.onlineLink')}
                          </a>
                        </>
                      )}
                    </dd>
                  </div>
                  <div>
                    <dt>{t('cohortPlan.capacity')}</dt>
                    <dd>
                      <Seats activity={a} />
                    </dd>
                  </div>
                  <div>
                    <dt>{t('cohortPlan.facilitator')}</dt>
                    <dd>{a.facilitator?.name ?? t('cohortPlan.notSet')}</dd>
                  </div>
                </dl>
                {a.warnings.includes('outside_period') && (
                  <p>
                    <strong>{t('common.warning')}:</strong>{' '}
                    {t('cohortPlan.outsidePeriod', { title: a.title })}
                  </p>
                )}
                {a.warnings.includes('overlaps') && (
                  <p>
                    <strong>{t('common.warning')}:</strong> {t('cohortPlan.overlaps', { title: a.title })}
                  </p>
                )}
                {mode?.kind === 'edit' && mode.id === a.id ? (
                  <div className="aktion-panel">
                    <h4 className="h5">{t('cohortPlan.editHeading', { title: a.title })}</h4>
                    <ActivityForm
                      idPrefix={`activity-${a.id}`}
                      initial={activityToForm(a)}
                      facilitators={facilitators}
                      submitLabel={t('common.save')}
                      onCancel={() => setMode(null)}
                      onSubmit={async (state) => {
                        const updated = await updateActivity(a.id, toActivityUpdate(state));
                        saved(
                          updated,
                          activities.map((x) => (x.id === a.id ? updated : x)),
                          t('cohortPlan.saved', { title: updated.title }),
                        );
                      }}
                    />
                  </div>
                ) : mode?.kind === 'duplicate' && mode.id === a.id ? (
                  <DuplicateForm
                    activity={a}
                    onCancel={() => setMode(null)}
                    onDone={(copy) =>
                      saved(
                        copy,
                        [...activities, copy],
                        t('cohortPlan.duplicated', { title: a.title, date: formatDay(copy.startsAt, lang) }),
                      )
                    }
                  />
                ) : (
                  <div className="aktion-actions">
                    <Link className="button button-primary" to={attendancePath(cohort.id, a.id)}>
                      <MoreForScreenReaders
                        shown={t('cohortAttendance.mark')}
                        more={t('cohortAttendance.markFor', { title: a.title })}
                      />
                    </Link>
                    <button
                      type="button"
                      className="button button-secondary"
                      onClick={() => setMode({ kind: 'edit', id: a.id })}
                    >
                      <NamedLabel text={(title) => t('cohortPlan.editLabel', { title })} title={a.title} />
                    </button>
                    <button
                      type="button"
                      className="button button-tertiary"
                      onClick={() => setMode({ kind: 'duplicate', id: a.id })}
                    >
                      <NamedLabel
                        text={(title) => t('cohortPlan.duplicateLabel', { title })}
                        title={a.title}
                      />
                    </button>
                  </div>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
      <Notice notice={notice} />
      {mode?.kind === 'add' ? (
        <div className="aktion-panel">
          <h3>{t('cohortPlan.addHeading')}</h3>
          <ActivityForm
            idPrefix="new-activity"
            initial={emptyActivity()}
            modules={modules}
            facilitators={facilitators}
            submitLabel={t('cohortPlan.create')}
            onCancel={() => setMode(null)}
            onSubmit={async (state) => {
              const created = await createActivity(cohort.id, toActivityBody(state));
              saved(created, [...activities, created], t('cohortPlan.created', { title: created.title }));
            }}
          />
        </div>
      ) : (
        <button
          type="button"
          className="button button-secondary mt-4"
          onClick={() => setMode({ kind: 'add' })}
        >
          {t('cohortPlan.add')}
        </button>
      )}
    </section>
  );
}

/** The places: a number, or for a date participants sign up for, how many are taken and who waits. */
function Seats({ activity: a }: { activity: ActivityRes }) {
  const { t } = useTranslation();
  const seats = seatsTaken(a);
  if (!seats || !a.signup) return <>{a.capacity ?? t('cohortPlan.notSet')}</>;
  return (
    <>
      {t('cohortPlan.seatsTaken', { taken: seats.taken, capacity: seats.capacity })}
      {a.signup.waitingList && <> {t('cohortPlan.waiting', { count: seats.waiting })}</>}
      {!a.signup.waitingList && <> {t('cohortPlan.noWaitingList')}</>}
      <br />
      <Link to={`/admin/arrangementer/${encodeURIComponent(a.signup.eventId)}`}>
        <MoreForScreenReaders
          shown={t('cohortPlan.whoSignedUp')}
          more={t('cohortPlan.whoSignedUpFor', { title: a.title })}
        />
      </Link>
    </>
  );
}

/** "Kopiér til ny dato": the date only; the copy keeps the time of day and the length. */
function DuplicateForm({
  activity,
  onDone,
  onCancel,
}: {
  activity: ActivityRes;
  onDone: (copy: ActivityRes) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const id = `duplicate-${activity.id}-date`;
  const [date, setDate] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const startsAt = duplicateStart(activity, date);
    if (!startsAt) return form.show([{ id, message: t('cohortPlan.problems.duplicateDate') }]);
    setBusy(true);
    try {
      onDone(await duplicateActivity(activity.id, startsAt));
    } catch (err) {
      form.show([{ id, message: messageOf(err) }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="aktion-panel">
      <h4 className="h5">{t('cohortPlan.duplicateHeading', { title: activity.title })}</h4>
      <ErrorSummary errors={form.errors} focusSignal={form.focusSignal} />
      <form onSubmit={submit} noValidate>
        <TextField
          id={id}
          type="date"
          label={t('cohortPlan.duplicateDate')}
          hint={t('cohortPlan.duplicateHint')}
          value={date}
          onChange={setDate}
          error={form.errorFor(id)}
          required
        />
        <div className="aktion-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('cohortPlan.duplicate')}
          </button>
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
