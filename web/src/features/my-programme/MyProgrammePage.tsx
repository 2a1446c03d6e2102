import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MyActivityRes, MyCohortRes, MyPastActivityRes } from '../../../../core/schemas/my-programme.js';
import { activityCalendarUrl, getMyProgramme } from '../../api/myProgramme.js';
import { Alert } from '../../components/Alert.js';
import { GlossaryText } from '../../components/GlossaryText.js';
import { Icon } from '../../components/Icon.js';
import { Notice, type NoticeMessage } from '../../components/Notice.js';
import { Page } from '../../components/Page.js';
import { formatDate } from '../../i18n/format.js';
import { formatClock, formatDay } from '../events/time.js';
import { messageOf } from '../organisation/labels.js';
import { MaterialLink } from '../programmes/VersionView.js';
import { CalendarSubscription } from './CalendarSubscription.js';
import { MyLearningSet } from './MyLearningSet.js';
import { SignupBox } from './SignupBox.js';

/** /mit-program: a participant's own programme, what to prepare, their attendance and calendars. */
export function MyProgrammePage() {
  const { t } = useTranslation();
  const [cohorts, setCohorts] = useState<MyCohortRes[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [loads, setLoads] = useState(0);

  useEffect(() => {
    let cancelled = false;
    void loads; // loaded again whenever a sign-up has changed
    getMyProgramme()
      .then((res) => !cancelled && setCohorts(res.cohorts))
      .catch((err: unknown) => !cancelled && setError(messageOf(err)));
    return () => {
      cancelled = true;
    };
  }, [loads]);

  // A sign-up changes the seats of the module's other dates too: load the whole programme again.
  const changed = useCallback((text: string) => {
    setNotice({ variant: 'success', text });
    setLoads((n) => n + 1);
  }, []);

  return (
    <Page title={t('myProgramme.title')}>
      <p>{t('myProgramme.intro')}</p>
      {error && (
        <Alert variant="error">
          <p>{error}</p>
        </Alert>
      )}
      <Notice notice={notice} />
      {!cohorts && !error && <p>{t('common.loading')}</p>}
      {cohorts?.length === 0 && <p>{t('myProgramme.none')}</p>}
      {cohorts && cohorts.length > 0 && (
        <p>
          <Link to="/mit-program/aktionslaering">{t('actionLearning.fromMyProgramme')}</Link>
        </p>
      )}
      {cohorts?.map((c) => (
        <CohortSection key={c.id} cohort={c} onSignupChanged={changed} />
      ))}
      <MyLearningSet />
      {cohorts && cohorts.length > 0 && <CalendarSubscription />}
    </Page>
  );
}

function CohortSection({
  cohort,
  onSignupChanged,
}: {
  cohort: MyCohortRes;
  onSignupChanged: (text: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const headingId = `cohort-${cohort.id}`;
  const marked = cohort.attendance.present + cohort.attendance.absent;
  return (
    <section aria-labelledby={headingId} className="mt-8">
      <h2 id={headingId}>{cohort.name}</h2>
      <p>
        {t('myProgramme.period', {
          programme: cohort.programmeTitle,
          version: cohort.versionName,
          from: formatDate(`${cohort.startsOn}T12:00:00Z`, lang),
          to: formatDate(`${cohort.endsOn}T12:00:00Z`, lang),
        })}
      </p>

      <h3>{t('myProgramme.upcomingHeading')}</h3>
      {cohort.upcoming.length === 0 ? (
        <p>{t('myProgramme.upcomingNone')}</p>
      ) : (
        <ul className="aktion-cards">
          {cohort.upcoming.map((a) => (
            <li key={a.id} id={`aktivitet-${a.id}`}>
              <ActivityDetails activity={a} />
              {a.signup && <SignupBox activity={a} signup={a.signup} onChanged={onSignupChanged} />}
              <Prepare activity={a} />
              <p>
                <a
                  className="function-link"
                  href={activityCalendarUrl(a.id)}
                  download
                  aria-label={t('myProgramme.downloadLabel', { title: a.title })}
                >
                  <Icon name="download" />
                  {t('myProgramme.download')}
                </a>
              </p>
            </li>
          ))}
        </ul>
      )}

      <h3>{t('myProgramme.rateHeading')}</h3>
      <p>
        {marked === 0 || cohort.attendance.rate === null
          ? t('myProgramme.rateNone')
          : t('myProgramme.rate', {
              present: cohort.attendance.present,
              marked,
              percent: Math.round(cohort.attendance.rate * 100),
            })}
      </p>

      <h3>{t('myProgramme.pastHeading')}</h3>
      {cohort.past.length === 0 ? (
        <p>{t('myProgramme.pastNone')}</p>
      ) : (
        <ul className="aktion-cards">
          {cohort.past.map((a) => (
            <li key={a.id} id={`aktivitet-${a.id}`}>
              <ActivityDetails activity={a} />
              <p>
                <strong>
                  <AttendanceWords activity={a} />
                </strong>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function AttendanceWords({ activity: a }: { activity: MyPastActivityRes }) {
  const { t } = useTranslation();
  if (!a.attendance) return <>{t('myProgramme.attendance.unmarked')}</>;
  if (a.attendance.status === 'present') return <>{t('myProgramme.attendance.present')}</>;
  return (
    <>
      {a.attendance.reason
        ? t('myProgramme.attendance.absentReason', { reason: a.attendance.reason })
        : t('myProgramme.attendance.absent')}
    </>
  );
}

function ActivityDetails({ activity: a }: { activity: MyActivityRes }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <>
      <h4>{a.title}</h4>
      <p>
        {t(`moduleKinds.${a.module.kind}`)}
        <br />
        {t('myProgramme.when', {
          day: formatDay(a.startsAt, lang),
          from: formatClock(a.startsAt, lang),
          to: formatClock(a.endsAt, lang),
        })}
        <br />
        {a.location && t('myProgramme.place', { place: a.location })}
        {a.location && a.onlineUrl && <br />}
        {a.onlineUrl && (
          <a href={a.onlineUrl} rel="noopener noreferrer" target="_blank">
            {t('myProgramme.online')}
          </a>
        )}
        {!a.location && !a.onlineUrl && t('myProgramme.placeUnknown')}
      </p>
    </>
  );
}

function Prepare({ activity: a }: { activity: MyActivityRes }) {
  const { t } = useTranslation();
  const { description, objectives, materials } = a.module;
  if (!description && objectives.length === 0 && materials.length === 0) return null;
  return (
    <details>
      <summary>{t('myProgramme.prepareHeading')}</summary>
      {description && <GlossaryText text={description} />}
      {objectives.length > 0 && (
        <>
          <p>{t('myProgramme.objectives')}</p>
          <ul>
            {objectives.map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ul>
        </>
      )}
      {materials.length > 0 && (
        <>
          <p>{t('myProgramme.materials')}</p>
          <ul>
            {materials.map((m) => (
              <li key={`${m.title}-${'url' in m ? m.url : m.fileId}`}>
                <MaterialLink material={m} />
              </li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}
