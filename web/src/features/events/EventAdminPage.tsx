import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { Alert } from '../../components/Alert.js';
import { Notice, type NoticeMessage } from '../../components/Notice.js';
import { Page } from '../../components/Page.js';
import { useSession } from '../auth/session.js';
import { EventAbout } from './EventAbout.js';
import { EventDownloads } from './EventDownloads.js';
import { EventFacts } from './EventFacts.js';
import { EventForm } from './EventForm.js';
import { BackToEvents, EventNotReady } from './EventNotReady.js';
import { PublishBox } from './PublishBox.js';
import { RegistrationsTable, SeatSummary } from './RegistrationsTable.js';
import { useAdminEvent, useRegistrations } from './useAdminEvent.js';

/** /admin/arrangementer/:id: status and publishing, registrations, and the event (edited by administrators). */
export function EventAdminPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const { roles } = useSession();
  const isAdmin = roles.includes('admin');
  const { event, setEvent, missing, error } = useAdminEvent(id);
  const { registrations, hidden, error: registrationsError } = useRegistrations(id, event?.updatedAt ?? null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  // "Nyt arrangement" comes here with a notice; it goes into the live region once that is on the page.
  const created = useRef((location.state as { notice?: NoticeMessage } | null)?.notice ?? null);
  const loaded = event !== null;
  useEffect(() => {
    if (!loaded || !created.current) return;
    setNotice(created.current);
    created.current = null;
  }, [loaded]);

  if (missing || !event)
    return <EventNotReady missing={missing} error={error} title={t('eventAdmin.title')} />;

  const seats = registrations?.seats ?? event.seats;
  return (
    <Page title={event.title}>
      <BackToEvents />
      <Notice notice={notice} />
      <section aria-labelledby="event-status-heading">
        <h2 id="event-status-heading">{t('eventAdmin.statusHeading')}</h2>
        <PublishBox
          event={event}
          canPublish={isAdmin}
          onPublished={(published) => {
            setEvent(published);
            setNotice({ variant: 'success', text: t('eventAdmin.published') });
          }}
        />
      </section>

      {event.status === 'published' && (
        <section aria-labelledby="event-check-in-heading" className="mt-8">
          <h2 id="event-check-in-heading">{t('checkIn.title')}</h2>
          <p>{t('checkIn.openHint')}</p>
          <Link
            className="button button-secondary"
            to={`/admin/arrangementer/${encodeURIComponent(id)}/indtjekning`}
          >
            {t('checkIn.open')}
          </Link>
        </section>
      )}

      {!hidden && (
        <section aria-labelledby="event-registrations-heading" className="mt-8">
          <h2 id="event-registrations-heading">{t('eventAdmin.registrationsHeading')}</h2>
          <SeatSummary seats={seats} />
          {registrationsError && (
            <Alert variant="error">
              <p>{registrationsError}</p>
            </Alert>
          )}
          {registrations &&
            (registrations.items.length === 0 ? (
              <p className="mt-6">{t('eventAdmin.noRegistrations')}</p>
            ) : (
              <RegistrationsTable items={registrations.items} />
            ))}
        </section>
      )}

      {isAdmin && <EventDownloads id={id} />}

      {isAdmin ? (
        <section aria-labelledby="event-edit-heading" className="mt-8">
          <h2 id="event-edit-heading">{t('eventAdmin.editHeading')}</h2>
          <EventForm
            event={event}
            headingLevel={3}
            onSaved={(saved) => {
              setEvent(saved);
              setNotice({ variant: 'success', text: t('eventAdmin.saved') });
            }}
          />
        </section>
      ) : (
        <section aria-labelledby="event-details-heading" className="mt-8">
          <h2 id="event-details-heading">{t('eventAdmin.detailsHeading')}</h2>
          <EventFacts event={event} seatsLeft={event.seats.seatsLeft} />
          <EventAbout event={event} />
        </section>
      )}
    </Page>
  );
}
