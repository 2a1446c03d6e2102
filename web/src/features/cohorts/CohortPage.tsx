import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import type { ActivityRes, CohortAttendanceRes, ParticipantRes } from '../../../../core/schemas/cohorts.js';
import type { ProgrammeVersionRes } from '../../../../core/schemas/programmes.js';
import {
  getCohort,
  getCohortAttendance,
  listActivities,
  listParticipants,
  updateCohort,
} from '../../api/cohorts.js';
import { getVersion } from '../../api/programmes.js';
import { useLoadById } from '../../api/useLoadById.js';
import { Alert } from '../../components/Alert.js';
import { Notice, type NoticeMessage } from '../../components/Notice.js';
import { Page } from '../../components/Page.js';
import { SharedSection } from '../action-learning/SharedSection.js';
import { useSession } from '../auth/session.js';
import { messageOf } from '../organisation/labels.js';
import { BackLink, NotReady } from '../programmes/parts.js';
import { ActionLearningSection } from './ActionLearningSection.js';
import { AttendanceOverview } from './AttendanceOverview.js';
import { CohortForm } from './CohortForm.js';
import { cohortToForm, toUpdateCohortBody } from './cohortForm.js';
import { LearningSetsSection } from './LearningSetsSection.js';
import { OverviewSection } from './OverviewSection.js';
import { ParticipantsSection } from './ParticipantsSection.js';
import { PlanSection } from './PlanSection.js';
import { cohortsPath, Period, useFacilitatorOptions, VersionName } from './parts.js';
import './cohorts.css';

/**
 * /hold/:id: the cohort's facts (editable), overview, participants, plan and attendance. An
 * observer, or anyone who does not run the cohort, sees the facts and the overview's figures only.
 */
export function CohortPage() {
  const { t } = useTranslation();
  const { roles, me } = useSession();
  const { id = '' } = useParams();
  const location = useLocation();
  const load = useCallback((cohortId: string) => getCohort(cohortId), []);
  const { value: cohort, setValue: setCohort, missing, error } = useLoadById(id, load);
  const [participants, setParticipants] = useState<ParticipantRes[] | null>(null);
  const [activities, setActivities] = useState<ActivityRes[] | null>(null);
  const [attendance, setAttendance] = useState<CohortAttendanceRes | null>(null);
  const [version, setVersion] = useState<ProgrammeVersionRes | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [editing, setEditing] = useState(false);
  const [figuresVersion, setFiguresVersion] = useState(0);
  const runs =
    cohort !== null && (roles.includes('admin') || cohort.facilitators.some((f) => f.id === me?.user.id));
  const facilitators = useFacilitatorOptions(cohort?.facilitators ?? []);
  const arrived = useRef((location.state as { notice?: NoticeMessage } | null)?.notice ?? null);
  const versionId = cohort?.version.id;

  useEffect(() => {
    if (!cohort || !arrived.current) return;
    setNotice(arrived.current);
    arrived.current = null;
  }, [cohort]);

  useEffect(() => {
    if (!runs) return;
    let cancelled = false;
    Promise.all([listParticipants(id), listActivities(id), getCohortAttendance(id)])
      .then(([p, a, att]) => {
        if (cancelled) return;
        setParticipants(p);
        setActivities(a);
        setAttendance(att);
      })
      .catch((err: unknown) => !cancelled && setLoadError(messageOf(err)));
    return () => {
      cancelled = true;
    };
  }, [id, runs]);

  useEffect(() => {
    if (!versionId) return;
    let cancelled = false;
    getVersion(versionId)
      .then((v) => !cancelled && setVersion(v))
      .catch((err: unknown) => !cancelled && setLoadError(messageOf(err)));
    return () => {
      cancelled = true;
    };
  }, [versionId]);

  if (missing || !cohort)
    return (
      <NotReady
        missing={missing}
        error={error}
        title={t('cohorts.title')}
        notFoundTitle={t('cohorts.notFoundTitle')}
        notFound={t('cohorts.notFound')}
      />
    );

  const refresh = async () => {
    const [c, p, att, plan] = await Promise.all([
      getCohort(id),
      listParticipants(id),
      getCohortAttendance(id),
      listActivities(id),
    ]);
    setCohort(c);
    // Another activity's warnings (a clash in time) may change with this one's save.
    setActivities(plan);
    setParticipants(p);
    setAttendance(att);
    setFiguresVersion((v) => v + 1);
  };
  const modules = (version?.tracks ?? []).flatMap((track) =>
    track.modules.map((m) => ({ value: m.id, label: `${m.title} (${track.title})` })),
  );

  return (
    <Page title={cohort.name}>
      <BackLink to={cohortsPath}>{t('cohorts.back')}</BackLink>
      <Notice notice={notice} />
      {loadError && (
        <Alert variant="error">
          <p>{loadError}</p>
        </Alert>
      )}
      <section aria-labelledby="cohort-facts-heading">
        <h2 id="cohort-facts-heading" className="sr-only">
          {t('cohorts.factsHeading')}
        </h2>
        {editing ? (
          <div className="aktion-panel">
            <h3>{t('cohorts.edit')}</h3>
            <CohortForm
              initial={cohortToForm(cohort)}
              facilitators={facilitators.options}
              facilitatorsHint={
                facilitators.complete
                  ? t('cohorts.fieldFacilitatorsHint')
                  : `${t('cohorts.fieldFacilitatorsHint')} ${t('cohorts.facilitatorsOnlyKnown')}`
              }
              submitLabel={t('common.save')}
              onCancel={() => setEditing(false)}
              onSubmit={async (state) => {
                const saved = await updateCohort(cohort.id, toUpdateCohortBody(state));
                setCohort(saved);
                setEditing(false);
                setActivities(await listActivities(cohort.id));
                setNotice({ variant: 'success', text: t('cohorts.saved') });
              }}
            />
          </div>
        ) : (
          <>
            <dl className="aktion-facts">
              <div>
                <dt>{t('cohorts.version')}</dt>
                <dd>
                  <VersionName cohort={cohort} />
                </dd>
              </div>
              <div>
                <dt>{t('cohorts.period')}</dt>
                <dd>
                  <Period cohort={cohort} />
                </dd>
              </div>
              <div>
                <dt>{t('cohorts.participants')}</dt>
                <dd>
                  {t('cohorts.participantCount', { count: cohort.participantCount })},{' '}
                  {t('cohorts.activityCount', { count: cohort.activityCount })}
                </dd>
              </div>
              <div>
                <dt>{t('cohorts.facilitators')}</dt>
                <dd>{cohort.facilitators.map((f) => f.name).join(', ') || t('cohorts.facilitatorsNone')}</dd>
              </div>
            </dl>
            {runs && (
              <button type="button" className="button button-secondary mt-4" onClick={() => setEditing(true)}>
                {t('cohorts.edit')}
              </button>
            )}
          </>
        )}
      </section>
      {!runs && <OverviewSection cohortId={cohort.id} version={figuresVersion} />}
      {runs && (
        <>
          <nav aria-label={t('cohorts.contents')}>
            <ul className="aktion-page-contents">
              <li>
                <a href="#overblik">{t('cohortOverview.heading')}</a>
              </li>
              <li>
                <a href="#deltagere">{t('cohortParticipants.heading')}</a>
              </li>
              <li>
                <a href="#plan">{t('cohortPlan.heading')}</a>
              </li>
              <li>
                <a href="#fremmoede">{t('cohortAttendance.heading')}</a>
              </li>
              <li>
                <a href="#laeringssaet">{t('learningSets.heading')}</a>
              </li>
              {cohort.facilitators.some((f) => f.id === me?.user.id) && (
                <li>
                  <a href="#aktionslaering">{t('actionLearningOverview.heading')}</a>
                </li>
              )}
            </ul>
          </nav>
          <OverviewSection cohortId={cohort.id} version={figuresVersion} />
          <ParticipantsSection
            cohortId={cohort.id}
            participants={participants}
            onChanged={refresh}
            onNotice={setNotice}
          />
          {activities && (
            <PlanSection
              cohort={cohort}
              activities={activities}
              onChange={(list) => {
                setActivities(list);
                void refresh().catch(() => undefined);
              }}
              modules={modules}
              facilitators={facilitators.options}
            />
          )}
          <AttendanceOverview cohortId={cohort.id} attendance={attendance} />
          <LearningSetsSection cohortId={cohort.id} facilitators={facilitators.options} />
          {cohort.facilitators.some((f) => f.id === me?.user.id) && (
            <ActionLearningSection cohortId={cohort.id} />
          )}
          {cohort.facilitators.some((f) => f.id === me?.user.id) && (
            <SharedSection
              cohortId={cohort.id}
              as="facilitator"
              onNotice={(variant, text) => setNotice({ variant, text })}
            />
          )}
        </>
      )}
    </Page>
  );
}
