import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PublicEventRes } from '../../../../core/schemas/events.js';
import { listPublicEvents } from '../../api/events.js';
import { Alert } from '../../components/Alert.js';
import { Page } from '../../components/Page.js';
import { messageOf } from '../organisation/labels.js';
import { Place } from './EventFacts.js';
import { shortPriceText, whenText } from './eventText.js';

/** /arrangementer: upcoming public events, soonest first. */
export function PublicEventsPage() {
  const { t, i18n } = useTranslation();
  const [events, setEvents] = useState<PublicEventRes[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    listPublicEvents()
      .then((items) => !cancelled && setEvents(items))
      .catch((err: unknown) => !cancelled && setError(messageOf(err)));
    return () => {
      cancelled = true;
    };
  }, []);

  return (
    <Page title={t('events.listTitle')}>
      <p className="font-lead">{t('events.listIntro')}</p>
      {error && (
        <Alert variant="error">
          <p>{error}</p>
        </Alert>
      )}
      {!events && !error && <p>{t('common.loading')}</p>}
      {events && events.length === 0 && <p>{t('events.listEmpty')}</p>}
      {events && events.length > 0 && (
        <ul className="nobullet-list aktion-event-list">
          {events.map((e) => (
            <li key={e.slug} className="aktion-event-card">
              <h2 className="h3">
                <Link to={`/arrangementer/${encodeURIComponent(e.slug)}`}>{e.title}</Link>
              </h2>
              <dl className="aktion-facts">
                <div>
                  <dt>{t('events.when')}</dt>
                  <dd>{whenText(e, t, i18n.language)}</dd>
                </div>
                <div>
                  <dt>{t('events.where')}</dt>
                  <dd>
                    <Place event={e} />
                  </dd>
                </div>
                <div>
                  <dt>{t('events.price')}</dt>
                  <dd>{shortPriceText(e.price, t, i18n.language)}</dd>
                </div>
                <div>
                  <dt>{t('events.seats')}</dt>
                  <dd>
                    {e.seatsLeft > 0
                      ? t('events.seatsLeft', { count: e.seatsLeft })
                      : e.waitingList
                        ? t('events.fullShort')
                        : t('events.full')}
                  </dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
