import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { PublicEventRes, RegistrationCreatedRes } from '../../../../core/schemas/events.js';
import { Alert } from '../../components/Alert.js';
import { Icon } from '../../components/Icon.js';
import { Page } from '../../components/Page.js';
import { EventAbout } from './EventAbout.js';
import { EventFacts } from './EventFacts.js';
import { momentText } from './eventText.js';
import { RegistrationDone } from './RegistrationDone.js';
import { RegistrationForm } from './RegistrationForm.js';
import { usePublicEvent } from './usePublicEvent.js';

function BackLink() {
  const { t } = useTranslation();
  return (
    <p>
      <Link className="back-link" to="/arrangementer">
        <Icon name="chevron-left" />
        {t('events.backToList')}
      </Link>
    </p>
  );
}

/** Why there is no form: the deadline passed, or the seats are gone and there is no waiting list. */
function Closed({ event }: { event: PublicEventRes }) {
  const { t, i18n } = useTranslation();
  const reason =
    Date.parse(event.registrationDeadline) <= Date.now()
      ? t('events.closedDeadline', { moment: momentText(event.registrationDeadline, t, i18n.language) })
      : event.seatsLeft <= 0 && !event.waitingList
        ? t('events.closedFull')
        : t('events.closedOther');
  return (
    <Alert variant="info" heading={t('events.closedHeading')} headingLevel={3}>
      <p>{reason}</p>
      {event.contacts.length > 0 && <p>{t('events.closedContact')}</p>}
    </Alert>
  );
}

/**
 * /arrangementer/:slug: the event page with the registration form. No account needed; signed in,
 * my organisation's events (organisation-only ones too) come and are registered through the member route.
 */
export function PublicEventPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const { loaded, missing, error, reload } = usePublicEvent(slug);
  const [done, setDone] = useState<{ created: RegistrationCreatedRes; email: string } | null>(null);
  // A new key shows an empty form again for the next person.
  const [formKey, setFormKey] = useState(0);

  if (missing) {
    return (
      <Page title={t('events.notFoundTitle')}>
        <p>{t('events.notFound')}</p>
        <BackLink />
      </Page>
    );
  }
  if (!loaded) {
    return (
      <Page title={t('events.listTitle')}>
        {error ? (
          <Alert variant="error">
            <p>{error}</p>
          </Alert>
        ) : (
          <p>{t('events.loading')}</p>
        )}
      </Page>
    );
  }

  const { event } = loaded;
  return (
    <Page title={event.title}>
      <BackLink />
      <p className="font-lead">{t('events.organisedBy', { organisation: event.organisationName })}</p>
      {loaded.via === 'member' && loaded.event.visibility === 'organisation' && (
        <p>
          <span className="badge badge-info">
            {t('events.internalNote', { organisation: event.organisationName })}
          </span>
        </p>
      )}
      <section aria-labelledby="event-facts-heading">
        <h2 id="event-facts-heading" className="sr-only">
          {t('events.factsHeading')}
        </h2>
        <EventFacts event={event} seatsLeft={event.seatsLeft} />
        {event.registrationOpen && !done && (
          <p className="mt-6">
            <a className="button button-primary" href="#tilmelding">
              {t(event.nextGoesToWaitingList ? 'events.goToWaitingList' : 'events.goToForm')}
            </a>
          </p>
        )}
      </section>
      {/* Another organisation's event was not written with the reader's glossary. */}
      <EventAbout event={event} glossary={loaded.via === 'member'} />
      <section id="tilmelding" aria-labelledby="registration-heading" className="mt-8 aktion-registration">
        <h2 id="registration-heading">{t('events.formHeading')}</h2>
        {done ? (
          <RegistrationDone
            created={done.created}
            title={event.title}
            email={done.email}
            onAnother={() => {
              setDone(null);
              setFormKey((k) => k + 1);
            }}
          />
        ) : event.registrationOpen ? (
          <RegistrationForm
            key={formKey}
            slug={slug}
            event={event}
            asMember={loaded.via === 'member'}
            onRegistered={(created, email) => {
              setDone({ created, email });
              reload();
            }}
            onRefused={reload}
          />
        ) : (
          <Closed event={event} />
        )}
      </section>
    </Page>
  );
}
