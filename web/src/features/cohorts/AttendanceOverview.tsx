import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CohortAttendanceRes } from '../../../../core/schemas/cohorts.js';
import { ActivityFiguresTable } from './ActivityFiguresTable.js';
import { attendancePath, MoreForScreenReaders } from './parts.js';
import { percent } from './plan.js';

function Rate({ rate }: { rate: number | null }) {
  const { t } = useTranslation();
  const p = percent(rate);
  return <>{p === null ? t('cohortAttendance.rateNone') : t('cohortAttendance.rateValue', { percent: p })}</>;
}

/** "Fremmøde": the rates per participant (with the two-in-a-row flag in words) and per activity. */
export function AttendanceOverview({
  cohortId,
  attendance,
}: {
  cohortId: string;
  attendance: CohortAttendanceRes | null;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="attendance-heading" id="fremmoede" className="mt-8">
      <h2 id="attendance-heading">{t('cohortAttendance.heading')}</h2>
      <p>{t('cohortAttendance.intro')}</p>
      {!attendance && <p>{t('common.loading')}</p>}
      {attendance?.activities.length === 0 && <p>{t('cohortAttendance.none')}</p>}
      {attendance && attendance.activities.length > 0 && (
        <>
          <h3>{t('cohortAttendance.byParticipant')}</h3>
          <div className="aktion-table-wrapper">
            <table className="table table--zebra table--compact">
              <caption className="sr-only">{t('cohortAttendance.byParticipant')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('cohortAttendance.name')}</th>
                  <th scope="col">{t('cohortAttendance.present')}</th>
                  <th scope="col">{t('cohortAttendance.absent')}</th>
                  <th scope="col">{t('cohortAttendance.unmarked')}</th>
                  <th scope="col">{t('cohortAttendance.rate')}</th>
                  <th scope="col">{t('cohortAttendance.note')}</th>
                </tr>
              </thead>
              <tbody>
                {attendance.participants.map((p) => (
                  <tr key={p.personId}>
                    <th scope="row">{p.name}</th>
                    <td>{p.present}</td>
                    <td>{p.absent}</td>
                    <td>{p.unmarked}</td>
                    <td>
                      <Rate rate={p.rate} />
                    </td>
                    <td>
                      {p.missedTwoInARow && (
                        <span className="badge badge-warning">{t('cohortAttendance.missedTwoInARow')}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h3>{t('cohortAttendance.byActivity')}</h3>
          <ActivityFiguresTable
            actionsLabel={t('cohortParticipants.actions')}
            rows={attendance.activities.map((a) => ({
              ...a,
              rate: <Rate rate={a.rate} />,
              action: (
                <Link to={attendancePath(cohortId, a.activityId)}>
                  <MoreForScreenReaders
                    shown={t('cohortAttendance.mark')}
                    more={t('cohortAttendance.markFor', { title: a.title })}
                  />
                </Link>
              ),
            }))}
          />
        </>
      )}
    </section>
  );
}
