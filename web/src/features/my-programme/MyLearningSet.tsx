import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type {
  MyLearningSetRes,
  MyLearningSetsRes,
  MyMeetingRes,
} from '../../../../core/schemas/learning-set-meetings.js';
import { getMyLearningSets } from '../../api/setMeetings.js';
import { Alert } from '../../components/Alert.js';
import { Lines } from '../cohorts/SetMeetingCard.js';
import { useWhenText } from '../cohorts/SetMeetingWhen.js';
import { setMeetingsPath, splitByTime } from '../cohorts/setMeetings.js';
import { messageOf } from '../organisation/labels.js';

/**
 * "Mit læringssæt" on "Mit forløb": the caller's set in each current cohort, with its facilitator,
 * the others (area and unit), and the meetings as members see them: who was there, whose projects,
 * the questions and the next steps (the facilitator's own notes never come here). A set's
 * facilitator also finds links to the meetings of the sets they facilitate. Shows nothing when
 * there is nothing to show.
 */
export function MyLearningSet() {
  const { t } = useTranslation();
  const [data, setData] = useState<MyLearningSetsRes | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    getMyLearningSets()
      .then((res) => !cancelled && setData(res))
      .catch((err: unknown) => !cancelled && setError(messageOf(err)));
    return () => {
      cancelled = true;
    };
  }, []);

  if (error)
    return (
      <Alert variant="error">
        <p>{error}</p>
      </Alert>
    );
  if (!data) return null;
  return (
    <>
      {data.sets.map((set) => (
        <SetSection key={set.id} set={set} />
      ))}
      {data.facilitating.length > 0 && (
        <section aria-labelledby="my-facilitated-sets" className="mt-8">
          <h2 id="my-facilitated-sets">{t('myLearningSet.facilitatingHeading')}</h2>
          <ul>
            {data.facilitating.map((s) => (
              <li key={s.id}>
                <Link to={setMeetingsPath(s.cohortId, s.id)}>
                  {t('myLearningSet.facilitatingLink', { set: s.name, cohort: s.cohortName })}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function SetSection({ set }: { set: MyLearningSetRes }) {
  const { t } = useTranslation();
  const headingId = `my-learning-set-${set.id}`;
  const { coming, held } = splitByTime(set.meetings, new Date());
  return (
    <section aria-labelledby={headingId} className="mt-8">
      <h2 id={headingId}>{t('myLearningSet.heading', { cohort: set.cohortName })}</h2>
      <p>{t('myLearningSet.intro')}</p>
      <p>
        {t('myLearningSet.setName', { name: set.name })}{' '}
        {set.facilitatorName
          ? t('myLearningSet.facilitator', { name: set.facilitatorName })
          : t('myLearningSet.noFacilitator')}
      </p>
      <h3>{t('myLearningSet.others')}</h3>
      {set.members.length === 0 ? (
        <p>{t('myLearningSet.othersNone')}</p>
      ) : (
        <ul>
          {set.members.map((m) => (
            <li key={m.personId}>
              <strong>{m.name}</strong>
              {(m.unitName || m.areaName) && (
                <span className="form-hint">
                  {' '}
                  {[m.unitName, m.areaName].filter((v, i, all) => v && all.indexOf(v) === i).join(', ')}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('myLearningSet.comingHeading')}</h3>
      {coming.length === 0 ? <p>{t('myLearningSet.noneComing')}</p> : <Meetings meetings={coming} />}
      <h3>{t('myLearningSet.heldHeading')}</h3>
      {held.length === 0 ? <p>{t('myLearningSet.noneHeld')}</p> : <Meetings meetings={held} />}
    </section>
  );
}

function Meetings({ meetings }: { meetings: MyMeetingRes[] }) {
  const { t } = useTranslation();
  const whenText = useWhenText();
  return (
    <ul className="aktion-cards">
      {meetings.map((m) => {
        const projects = m.projects.map((p) =>
          p.title
            ? t('setMeetings.projectTitled', { name: p.personName, title: p.title })
            : t('myLearningSet.projectHidden', { name: p.personName }),
        );
        return (
          <li key={m.id}>
            <h4>{whenText(m.startsAt)}</h4>
            {m.activity && <p>{t('setMeetings.inActivity', { title: m.activity.title })}</p>}
            {m.location && <p>{t('setMeetings.place', { place: m.location })}</p>}
            {m.attendees.length > 0 && (
              <p>{t('myLearningSet.present', { names: m.attendees.map((a) => a.name).join(', ') })}</p>
            )}
            {projects.length > 0 && <p>{t('myLearningSet.projects', { list: projects.join('; ') })}</p>}
            <Lines heading={t('setMeetings.questions')} text={m.questions} level={5} />
            <Lines heading={t('setMeetings.nextSteps')} text={m.nextSteps} level={5} />
          </li>
        );
      })}
    </ul>
  );
}
