import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CohortOverviewRes } from '../../../../core/schemas/cohort-overview.js';
import { getCohortOverview } from '../../api/cohorts.js';
import { Alert } from '../../components/Alert.js';
import { messageOf } from '../organisation/labels.js';
import { ActivityFiguresTable } from './ActivityFiguresTable.js';
import { anythingWithheld, countText, overallWithheld } from './overview.js';
import { percent } from './plan.js';

/**
 * Action projects counted by status and by focus area; never a name. Small groups are shown as
 * hidden for everyone but the cohort's own facilitators (administrators included).
 */
function ProjectCounts({ projects, k }: { projects: CohortOverviewRes['projects']; k: number }) {
  const { t } = useTranslation();
  const count = (n: number | null) => countText(n, t('cohortOverview.hidden'));
  const withheld =
    projects.byStatus.some((s) => s.count === null) || projects.byFocusArea.some((a) => a.count === null);
  return (
    <>
      {projects.aggregatesOnly && withheld && (
        <p className="form-hint">{t('cohortOverview.withheld', { k })}</p>
      )}
      <div className="aktion-split">
        <div>
          <h3 id="overview-project-status">{t('projectCounts.byStatus')}</h3>
          <table className="table table--zebra table--compact" aria-labelledby="overview-project-status">
            <thead>
              <tr>
                <th scope="col">{t('projectCounts.status')}</th>
                <th scope="col">{t('projectCounts.participants')}</th>
              </tr>
            </thead>
            <tbody>
              {projects.byStatus.map((s) => (
                <tr key={s.status}>
                  <th scope="row">
                    {s.status === 'none'
                      ? t('projectCounts.none')
                      : t(`actionLearningOverview.statuses.${s.status}`)}
                  </th>
                  <td>{count(s.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div>
          <h3 id="overview-project-areas">{t('projectCounts.byFocusArea')}</h3>
          {projects.byFocusArea.length === 0 ? (
            <p>{t('projectCounts.noFocusAreas')}</p>
          ) : (
            <>
              <table className="table table--zebra table--compact" aria-labelledby="overview-project-areas">
                <thead>
                  <tr>
                    <th scope="col">{t('projectCounts.focusArea')}</th>
                    <th scope="col">{t('projectCounts.projects')}</th>
                  </tr>
                </thead>
                <tbody>
                  {projects.byFocusArea.map((a) => (
                    <tr key={a.focusAreaId}>
                      <th scope="row">{a.name}</th>
                      <td>{count(a.count)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p className="form-hint">{t('projectCounts.overlap')}</p>
            </>
          )}
        </div>
      </div>
    </>
  );
}

/**
 * "Overblik": enrolment by area and level, overall attendance, who missed two activities in a
 * row, and action projects by status and focus area. Observers see the same figures without names, small groups shown as "under 5", and the
 * attendance per activity (those who run the cohort have it in the attendance section).
 */
export function OverviewSection({ cohortId, version }: { cohortId: string; version: number }) {
  const { t } = useTranslation();
  const [overview, setOverview] = useState<CohortOverviewRes | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    // `version` changes when participants or attendance change, so the figures follow.
    void version;
    getCohortOverview(cohortId)
      .then((o) => !cancelled && setOverview(o))
      .catch((err: unknown) => !cancelled && setError(messageOf(err)));
    return () => {
      cancelled = true;
    };
  }, [cohortId, version]);

  const k = overview?.minimumGroupSize ?? 5;
  const count = (n: number | null) => countText(n, t('cohortOverview.hidden'));
  const rate = (r: number | null) => {
    const p = percent(r);
    return p === null ? t('cohortOverview.rateNone') : t('cohortAttendance.rateValue', { percent: p });
  };

  return (
    <section aria-labelledby="overview-heading" id="overblik" className="mt-8">
      <h2 id="overview-heading">{t('cohortOverview.heading')}</h2>
      {error && (
        <Alert variant="error">
          <p>{error}</p>
        </Alert>
      )}
      {!overview && !error && <p>{t('common.loading')}</p>}
      {overview && (
        <>
          <p>
            {overview.aggregatesOnly ? t('cohortOverview.introObserver', { k }) : t('cohortOverview.intro')}
          </p>
          {overview.aggregatesOnly && anythingWithheld(overview) && (
            <p className="form-hint">{t('cohortOverview.withheld', { k })}</p>
          )}
          <dl className="aktion-facts">
            <div>
              <dt>{t('cohorts.participants')}</dt>
              <dd>{overview.participantCount}</dd>
            </div>
            <div>
              <dt>{t('cohortOverview.attendance')}</dt>
              <dd>
                {overallWithheld(overview) ? t('cohortOverview.hidden') : rate(overview.attendanceRate)}
              </dd>
            </div>
            <div>
              <dt>{t('cohortOverview.missedTwo')}</dt>
              <dd>{count(overview.missedTwoInARow.count)}</dd>
            </div>
          </dl>
          {overview.missedTwoInARow.people && overview.missedTwoInARow.people.length > 0 && (
            <>
              <h3>{t('cohortOverview.missedTwoWho')}</h3>
              <ul>
                {overview.missedTwoInARow.people.map((p) => (
                  <li key={p.personId}>{p.name}</li>
                ))}
              </ul>
            </>
          )}
          <div className="aktion-split">
            <div>
              <h3 id="overview-areas">{t('cohortOverview.byArea')}</h3>
              <table className="table table--zebra table--compact" aria-labelledby="overview-areas">
                <thead>
                  <tr>
                    <th scope="col">{t('cohortOverview.area')}</th>
                    <th scope="col">{t('cohorts.participants')}</th>
                  </tr>
                </thead>
                <tbody>
                  {overview.byArea.map((a) => (
                    <tr key={a.areaId ?? 'none'}>
                      <th scope="row">{a.name ?? t('cohortOverview.noArea')}</th>
                      <td>{count(a.count)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <div>
              <h3 id="overview-levels">{t('cohortOverview.byLevel')}</h3>
              <table className="table table--zebra table--compact" aria-labelledby="overview-levels">
                <thead>
                  <tr>
                    <th scope="col">{t('cohortOverview.level')}</th>
                    <th scope="col">{t('cohorts.participants')}</th>
                  </tr>
                </thead>
                <tbody>
                  {overview.byLevel.map((l) => (
                    <tr key={l.level}>
                      <th scope="row">{t(`levels.${l.level}`)}</th>
                      <td>{count(l.count)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
          <ProjectCounts projects={overview.projects} k={k} />
          {overview.aggregatesOnly && overview.activities.length > 0 && (
            <>
              <h3>{t('cohortAttendance.byActivity')}</h3>
              <ActivityFiguresTable
                rows={overview.activities.map((a) => ({
                  ...a,
                  present: count(a.present),
                  absent: count(a.absent),
                  unmarked: count(a.unmarked),
                  rate: a.present === null ? t('cohortOverview.hidden') : rate(a.rate),
                }))}
              />
            </>
          )}
        </>
      )}
    </section>
  );
}
