import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatShortDay } from '../events/time.js';

export interface ActivityFiguresRow {
  activityId: string;
  title: string;
  startsAt: string;
  present: ReactNode;
  absent: ReactNode;
  unmarked: ReactNode;
  rate: ReactNode;
  /** A last cell (a link to mark attendance), under a heading only screen readers hear. */
  action?: ReactNode;
}

/** "Fremmøde pr. aktivitet": one row per activity that has begun, as counts and a rate. */
export function ActivityFiguresTable({
  rows,
  actionsLabel,
}: {
  rows: ActivityFiguresRow[];
  actionsLabel?: string;
}) {
  const { t, i18n } = useTranslation();
  return (
    <div className="aktion-table-wrapper">
      <table className="table table--zebra table--compact">
        <caption className="sr-only">{t('cohortAttendance.byActivity')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cohortAttendance.activity')}</th>
            <th scope="col">{t('cohortAttendance.date')}</th>
            <th scope="col">{t('cohortAttendance.present')}</th>
            <th scope="col">{t('cohortAttendance.absent')}</th>
            <th scope="col">{t('cohortAttendance.unmarked')}</th>
            <th scope="col">{t('cohortAttendance.rate')}</th>
            {actionsLabel && (
              <th scope="col">
                <span className="sr-only">{actionsLabel}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.activityId}>
              <th scope="row">{a.title}</th>
              <td>{formatShortDay(a.startsAt, i18n.language)}</td>
              <td>{a.present}</td>
              <td>{a.absent}</td>
              <td>{a.unmarked}</td>
              <td>{a.rate}</td>
              {actionsLabel && <td>{a.action}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
