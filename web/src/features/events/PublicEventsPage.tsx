import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MemberEventRes, PublicEventRes } from '../../../../core/schemas/events.js';
import { listMemberEvents, listPublicEvents } from '../../api/events.js';
import { Alert } from '../../components/Alert.js';
import { Page } from '../../components/Page.js';
import { useSession } from '../auth/session.js';
import { messageOf } from '../organisation/labels.js';
import { Place } from './EventFacts.js';
import { shortPriceText, whenText } from './eventText.js';

function EventCard({ event: e, headingLevel }: { event: PublicEventRes; headingLevel: 2 | 3 }) {
  const { t, i18n } = useTranslation();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <li className="aktion-event-card">
      <Heading className="h3">
        <Link to={`/arrangementer/${encodeURIComponent(e.slug)}`}>{e.title}</Link>
      </Heading>
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
  );
}

/** My organisation's organisation-only events, for a signed-in person (public ones are in the list below). */
function useInternalEvents() {
  const { ready, me } = useSession();
  const organisationId = me?.activeOrganisationId ?? null;
  const [internal, setInternal] = useState<MemberEventRes[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setInternal(null);
    setError(null);
    if (!ready || !organisationId) return;
    let cancelled = false;
    listMemberEvents()
      .then((items) => !cancelled && setInternal(items.filter((e) => e.visibility === 'organisation')))
      .catch((err: unknown) => !cancelled && setError(messageOf(err)));
    return () => {
      cancelled = true;
    };
  }, [ready, organisationId]);
  return { internal, error };
}

/** /arrangementer: upcoming public events, soonest first; signed in, my organisation's internal ones too. */
export function PublicEventsPage() {
  const { t } = useTranslation();
  const { organisation } = useSession();
  const [events, setEvents] = useState<PublicEventRes[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { internal, error: internalError } = useInternalEvents();

  useEffect(() => {
    let cancelled = false;
    listPublicEvents()
      .then((items) => !cancelled && setEvents(items))
      .catch((err: unknown) => !cancelled && setError(messageOf(err)));
    return () => {
      cancelled = true;
    };
  }, []);

  const showInternal = organisation && (internalError || (internal && internal.length > 0));
  return (
    <Page title={t('events.listTitle')}>
      <p className="font-lead">{t('events.listIntro')}</p>
      {showInternal && (
        <section aria-labelledby="internal-events-heading">
          <h2 id="internal-events-heading">
            {t('events.internalHeading', { organisation: organisation.name })}
          </h2>
          {internalError && (
            <Alert variant="error">
              <p>{internalError}</p>
            </Alert>
          )}
          {internal && (
            <ul className="nobullet-list aktion-event-list">
              {internal.map((e) => (
                <EventCard key={e.slug} event={e} headingLevel={3} />
              ))}
            </ul>
          )}
        </section>
      )}
      {showInternal && <h2 className="mt-8">{t('events.publicHeading')}</h2>}
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
            <EventCard key={e.slug} event={e} headingLevel={showInternal ? 3 : 2} />
          ))}
        </ul>
      )}
    </Page>
  );
}
