import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { MyRound } from '../../../../core/schemas/assessment.js';
import { listMyAssessments } from '../../api/myAssessments.js';
import { Alert } from '../../components/Alert.js';
import { Notice, type NoticeMessage } from '../../components/Notice.js';
import { Page } from '../../components/Page.js';
import { formatDate } from '../../i18n/format.js';
import { messageOf } from '../organisation/labels.js';
import { ROUND_GROUPS, type RoundGroup, roundGroup } from './answering.js';
import './assessment-leader.css';

/** /selvvurdering: what the self-assessment is, and the rounds I am invited to. */
export function MyAssessmentsPage() {
  const { t } = useTranslation();
  const [rounds, setRounds] = useState<MyRound[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const location = useLocation();
  const arrived = useRef((location.state as { notice?: NoticeMessage } | null)?.notice ?? null);

  useEffect(() => {
    let cancelled = false;
    listMyAssessments()
      .then((res) => !cancelled && setRounds(res.rounds))
      .catch((err: unknown) => !cancelled && setError(messageOf(err)));
    return () => {
      cancelled = true;
    };
  }, []);

  return (
    <Page title={t('assessment.list.title')}>
      <Notice notice={arrived.current} />
      <div className="aktion-assessment-intro">
        <p>{t('assessment.list.what')}</p>
        <p>{t('assessment.list.private')}</p>
        <p>{t('assessment.list.pause')}</p>
      </div>
      {error && (
        <Alert variant="error">
          <p>{error}</p>
        </Alert>
      )}
      {!rounds && !error && <p>{t('common.loading')}</p>}
      {rounds?.length === 0 && (
        <Alert variant="info">
          <p>{t('assessment.list.none')}</p>
        </Alert>
      )}
      {rounds &&
        ROUND_GROUPS.map((group) => {
          const inGroup = rounds.filter((r) => roundGroup(r) === group);
          if (inGroup.length === 0) return null;
          return (
            <section key={group} aria-labelledby={`rounds-${group}`} className="mt-7">
              <h2 id={`rounds-${group}`}>{t(`assessment.list.groups.${group}`)}</h2>
              <ul className="aktion-round-list">
                {inGroup.map((r) => (
                  <RoundItem key={r.id} round={r} group={group} />
                ))}
              </ul>
            </section>
          );
        })}
    </Page>
  );
}

function RoundItem({ round, group }: { round: MyRound; group: RoundGroup }) {
  const { t, i18n } = useTranslation();
  const date = (iso: string) => formatDate(iso, i18n.language);
  const nameId = `round-${round.id}`;
  return (
    <li className="aktion-round">
      <h3 id={nameId} className="h4">
        {round.name}
      </h3>
      {group === 'open' && (
        <>
          <p>
            {t('assessment.list.closes', { date: date(round.closesAt) })}{' '}
            {round.state === 'not_started'
              ? t('assessment.list.notStarted')
              : t('assessment.list.progress', { answered: round.answeredItems, total: round.totalItems })}
          </p>
          <Link className="button button-primary" to={`/selvvurdering/${round.id}`} aria-describedby={nameId}>
            {round.state === 'not_started' ? t('assessment.list.start') : t('assessment.list.continue')}
          </Link>
        </>
      )}
      {group === 'submitted' && (
        <>
          <p>
            {t('assessment.list.submitted')}
            {round.sharedWithFacilitators && ` ${t('assessment.list.shared')}`}
          </p>
          <Link to={`/selvvurdering/${round.id}/profil`} aria-describedby={nameId}>
            {t('assessment.list.seeProfile')}
          </Link>
        </>
      )}
      {group === 'scheduled' && <p>{t('assessment.list.opens', { date: date(round.opensAt) })}</p>}
      {group === 'missed' && <p>{t('assessment.list.missed')}</p>}
    </li>
  );
}
