import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { getRound } from '../../api/rounds.js';
import { useLoadById } from '../../api/useLoadById.js';
import { Notice, type NoticeMessage } from '../../components/Notice.js';
import { Page } from '../../components/Page.js';
import { formatDate, formatDateTime } from '../../i18n/format.js';
import { useSession } from '../auth/session.js';
import { BackLink } from '../programmes/parts.js';
import { RoundActions } from './RoundActions.js';
import {
  RoundNotReady,
  RoundPeriod,
  RoundStatusBadge,
  resultsPath,
  roundsPath,
  useWhom,
} from './roundParts.js';
import { SharedProfilesSection } from './SharedProfilesSection.js';
import '../cohorts/cohorts.css';

/** How often the response count is fetched again while the round is open. */
const POLL_MS = 15_000;

/**
 * /maalinger/:id: the round's facts and its live response count (a count only); for those who
 * manage it, remind, close, change and delete; the results once it is closed; and, for
 * facilitators, the profiles leaders chose to share with them (of the round's cohort, or — a round
 * without a cohort — of the cohorts they facilitate).
 */
export function RoundPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const { roles } = useSession();
  const load = useCallback((roundId: string) => getRound(roundId), []);
  const { value: round, setValue: setRound, missing, error } = useLoadById(id, load);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const arrived = useRef((location.state as { notice?: NoticeMessage } | null)?.notice ?? null);
  const whom = useWhom();
  const status = round?.status;

  useEffect(() => {
    if (!round || !arrived.current) return;
    setNotice(arrived.current);
    arrived.current = null;
  }, [round]);

  // The count follows while the round is open (and a scheduled round may open meanwhile).
  useEffect(() => {
    if (status !== 'open' && status !== 'scheduled') return;
    const timer = window.setInterval(() => {
      getRound(id)
        .then((r) => setRound(r))
        .catch(() => undefined);
    }, POLL_MS);
    return () => window.clearInterval(timer);
  }, [id, status, setRound]);

  if (missing || !round) return <RoundNotReady missing={missing} error={error} />;

  return (
    <Page title={round.name}>
      <BackLink to={roundsPath}>{t('rounds.back')}</BackLink>
      <Notice notice={notice} />
      <section aria-labelledby="round-facts-heading">
        <h2 id="round-facts-heading" className="sr-only">
          {t('rounds.factsHeading')}
        </h2>
        <dl className="aktion-facts">
          <div>
            <dt>{t('rounds.status')}</dt>
            <dd>
              <RoundStatusBadge status={round.status} />
            </dd>
          </div>
          <div>
            <dt>{t('rounds.kind')}</dt>
            <dd>{t(`rounds.kinds.${round.kind}`)}</dd>
          </div>
          <div>
            <dt>{t('rounds.whom')}</dt>
            <dd>{whom(round)}</dd>
          </div>
          <div>
            <dt>{t('rounds.period')}</dt>
            <dd>
              <RoundPeriod round={round} />
              {round.closedAt && round.closedAt < round.closesAt && (
                <> ({t('rounds.closedOn', { date: formatDate(round.closedAt, i18n.language) })})</>
              )}
            </dd>
          </div>
          <div>
            <dt>{t('rounds.k')}</dt>
            <dd>{t('rounds.kValue', { count: round.k })}</dd>
          </div>
          <div>
            <dt>{t('rounds.compareWith')}</dt>
            <dd>{round.compareRound ? round.compareRound.name : t('rounds.compareNone')}</dd>
          </div>
          {round.canManage && (
            <div>
              <dt>{t('rounds.lastReminder')}</dt>
              <dd>
                {round.reminderSentAt
                  ? formatDateTime(round.reminderSentAt, i18n.language)
                  : t('rounds.lastReminderNone')}
              </dd>
            </div>
          )}
        </dl>
      </section>
      <section aria-labelledby="round-live-heading" className="mt-8">
        <h2 id="round-live-heading">
          {t(round.status === 'closed' ? 'rounds.closedHeading' : 'rounds.liveHeading')}
        </h2>
        <p className="aktion-round-count" aria-live="polite" aria-atomic="true">
          {t('rounds.answeredValue', { answered: round.answered, invited: round.invited })}
        </p>
        {round.status !== 'closed' && <p className="form-hint">{t('rounds.liveHint')}</p>}
        {round.status === 'closed' ? (
          <p>
            <Link className="button button-primary" to={resultsPath(round.id)}>
              {t('rounds.results')}
            </Link>
          </p>
        ) : (
          <p>{t('rounds.resultsNotYet')}</p>
        )}
      </section>
      {round.canManage && <RoundActions round={round} onChange={setRound} onNotice={setNotice} />}
      {roles.includes('facilitator') && <SharedProfilesSection roundId={round.id} />}
    </Page>
  );
}
