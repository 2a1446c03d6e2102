import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { BANDS } from '../../../../core/assessment/instrument.js';
import type { Profile } from '../../../../core/schemas/assessment.js';
import { ApiError } from '../../api/client.js';
import { getMyProfile, shareMyProfile } from '../../api/myAssessments.js';
import { Alert } from '../../components/Alert.js';
import { Notice, type NoticeMessage } from '../../components/Notice.js';
import { Page } from '../../components/Page.js';
import { formatDate } from '../../i18n/format.js';
import { messageOf } from '../organisation/labels.js';
import { useLeaderText } from './leaderText.js';
import { ProfileTable, shownScore } from './ProfileTable.js';
import './assessment-leader.css';

/** ECharts is loaded only when a profile is shown. */
const ProfileRadar = lazy(() => import('./ProfileRadar.js'));

type Load =
  | { state: 'loading' }
  | { state: 'ready'; profile: Profile }
  | { state: 'missing' }
  | { state: 'notSubmitted'; message: string }
  | { state: 'error'; message: string };

/** /selvvurdering/:id/profil: my private profile of a submitted round. */
export function ProfilePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const arrived = useRef((location.state as { notice?: NoticeMessage } | null)?.notice ?? null);
  const [load, setLoad] = useState<Load>({ state: 'loading' });

  useEffect(() => {
    let cancelled = false;
    setLoad({ state: 'loading' });
    getMyProfile(id)
      .then((profile) => !cancelled && setLoad({ state: 'ready', profile }))
      .catch((err: unknown) => {
        if (cancelled) return;
        if (err instanceof ApiError && (err.status === 404 || err.status === 400))
          setLoad({ state: 'missing' });
        else if (err instanceof ApiError && err.reason === 'not_submitted')
          setLoad({ state: 'notSubmitted', message: err.message });
        else setLoad({ state: 'error', message: messageOf(err) });
      });
    return () => {
      cancelled = true;
    };
  }, [id]);

  return (
    <Page title={t('assessment.profile.title')}>
      <p>
        <Link to="/selvvurdering">{t('assessment.backToList')}</Link>
      </p>
      <Notice notice={arrived.current} />
      {load.state === 'loading' && <p>{t('common.loading')}</p>}
      {load.state === 'missing' && <p>{t('assessment.profile.missing')}</p>}
      {load.state === 'error' && (
        <Alert variant="error">
          <p>{load.message}</p>
        </Alert>
      )}
      {load.state === 'notSubmitted' && (
        <Alert variant="info">
          <p>{t('assessment.profile.notSubmitted')}</p>
          <p>
            <Link to={`/selvvurdering/${id}`}>{t('assessment.profile.toAnswer')}</Link>
          </p>
        </Alert>
      )}
      {load.state === 'ready' && <ProfileView id={id} profile={load.profile} />}
    </Page>
  );
}

function ProfileView({ id, profile }: { id: string; profile: Profile }) {
  const { t, i18n } = useTranslation();
  const localized = useLeaderText();
  const { round, previousRound, dimensions } = profile;
  const scored = dimensions.filter((d) => d.score !== null);
  const byScore = [...scored].sort((a, b) => (b.score ?? 0) - (a.score ?? 0));
  const describe = (d: (typeof dimensions)[number] | undefined) =>
    d ? `${localized(d.name)} (${shownScore(d.score)})` : '–';
  const summary = {
    count: dimensions.length,
    high: describe(byScore[0]),
    low: describe(byScore[byScore.length - 1]),
  };
  const label = previousRound
    ? t('assessment.profile.chartLabelPrevious', { ...summary, previous: previousRound.name })
    : t('assessment.profile.chartLabel', summary);

  return (
    <>
      <p>
        {t('assessment.profile.round', {
          name: round.name,
          date: formatDate(profile.submittedAt, i18n.language),
        })}
      </p>
      <Alert variant="info">
        <p>{t('assessment.profile.private')}</p>
      </Alert>
      <section aria-labelledby="profile-results" className="mt-7">
        <h2 id="profile-results">{t('assessment.profile.resultsHeading')}</h2>
        <p>
          {previousRound
            ? t('assessment.profile.previous', { name: previousRound.name })
            : t('assessment.profile.noPrevious')}
        </p>
        <div className="aktion-profile-results">
          <Suspense fallback={<p>{t('assessment.profile.chartLoading')}</p>}>
            <ProfileRadar
              label={label}
              currentName={round.name}
              previousName={previousRound?.name ?? null}
              axes={dimensions.map((d, i) => ({
                number: i + 1,
                name: localized(d.name),
                score: d.score,
                previous: d.previous,
              }))}
            />
          </Suspense>
          <ProfileTable dimensions={dimensions} />
        </div>
        {scored.length < dimensions.length && (
          <p className="form-hint">{t('assessment.profile.noScoreNote')}</p>
        )}
        <h3 className="mt-6">{t('assessment.profile.bandsHeading')}</h3>
        <dl className="aktion-band-list">
          {BANDS.map((b, i) => (
            <div key={b.key}>
              <dt>
                {localized(b.name)} (
                {t('assessment.profile.bandRange', { from: b.from, to: (BANDS[i + 1]?.from ?? 101) - 1 })})
              </dt>
              <dd>{localized(b.description)}</dd>
            </div>
          ))}
        </dl>
      </section>
      {profile.reflections.length > 0 && <Reflections profile={profile} />}
      <ShareProfile id={id} shared={profile.sharedWithFacilitators} canShare={profile.canShare} />
    </>
  );
}

function Reflections({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const localized = useLeaderText();
  return (
    <section aria-labelledby="profile-reflections" className="mt-7">
      <h2 id="profile-reflections">{t('assessment.profile.reflections.heading')}</h2>
      <p>{t('assessment.profile.reflections.intro')}</p>
      {profile.reflections.map((r) => (
        <div key={r.dimension} className="mt-5">
          <h3>{localized(r.name)}</h3>
          <ul className="aktion-reflection-list">
            {r.questions.map((q, i) => {
              const text = localized(q);
              const questionId = `reflection-${r.dimension}-${i}`;
              return (
                <li key={text}>
                  <p id={questionId}>{text}</p>
                  <Link
                    to={{
                      pathname: '/mit-program/aktionslaering',
                      search: `?${new URLSearchParams({ sporgsmaal: text })}`,
                    }}
                    aria-describedby={questionId}
                  >
                    {t('assessment.profile.reflections.use')}
                  </Link>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}

/**
 * The switch that shares the profile with the facilitators of the leader's cohort. When sharing
 * would reach nobody (canShare false: no cohort with a facilitator), a plain note instead; a
 * profile shared earlier keeps the switch, so the sharing can be withdrawn.
 */
function ShareProfile({ id, shared: initial, canShare }: { id: string; shared: boolean; canShare: boolean }) {
  const { t } = useTranslation();
  // Decided once, so the switch does not vanish under the keyboard when the sharing is withdrawn.
  const [showSwitch] = useState(canShare || initial);
  const [shared, setShared] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);

  const toggle = async () => {
    const next = !shared;
    setBusy(true);
    try {
      await shareMyProfile(id, next);
      setShared(next);
      setNotice({
        variant: 'success',
        text: t(next ? 'assessment.profile.share.on' : 'assessment.profile.share.off'),
      });
    } catch (err) {
      setNotice({ variant: 'error', text: messageOf(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="profile-share" className="mt-7">
      <h2 id="profile-share">{t('assessment.profile.share.heading')}</h2>
      {showSwitch ? (
        <>
          <p id="profile-share-note">
            {t(
              canShare
                ? 'assessment.profile.share.note'
                : shared
                  ? 'assessment.profile.share.noteNobody'
                  : 'assessment.profile.share.nobody',
            )}
          </p>
          <button
            type="button"
            className="toggle-switch"
            role="switch"
            aria-checked={shared}
            aria-describedby="profile-share-note"
            aria-disabled={busy || undefined}
            onClick={() => {
              if (!busy) void toggle();
            }}
          >
            <span>{t('assessment.profile.share.toggle')}</span>
          </button>
        </>
      ) : (
        <p>{t('assessment.profile.share.nobody')}</p>
      )}
      <Notice notice={notice} />
    </section>
  );
}
