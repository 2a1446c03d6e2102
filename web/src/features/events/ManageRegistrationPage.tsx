import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { ManagedRegistrationRes } from '../../../../core/schemas/events.js';
import { ApiError } from '../../api/client.js';
import {
  acceptOffer,
  cancelRegistration,
  getManagedRegistration,
  registrationCalendarUrl,
} from '../../api/events.js';
import { Alert, type AlertVariant } from '../../components/Alert.js';
import { ConfirmBox } from '../../components/ConfirmBox.js';
import { Icon } from '../../components/Icon.js';
import { Notice, type NoticeMessage } from '../../components/Notice.js';
import { Page } from '../../components/Page.js';
import { messageOf } from '../organisation/labels.js';
import { Place } from './EventFacts.js';
import { momentText, priceText, termsText, whenText } from './eventText.js';
import { managedState } from './manage.js';
import { SubstituteForm } from './SubstituteForm.js';
import { TicketBox } from './TicketBox.js';

/** The registration behind the link; `gone` when the link was replaced (seat handed on) or never existed. */
function useManagedRegistration(token: string) {
  const [registration, setRegistration] = useState<ManagedRegistrationRes | null>(null);
  const [gone, setGone] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let cancelled = false;
    void version;
    getManagedRegistration(token)
      .then((r) => {
        if (cancelled) return;
        setRegistration(r);
        setError(null);
      })
      .catch((err: unknown) => {
        if (cancelled) return;
        if (err instanceof ApiError && (err.status === 410 || err.status === 400 || err.status === 404))
          setGone(true);
        else setError(messageOf(err));
      });
    return () => {
      cancelled = true;
    };
  }, [token, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { registration, gone, error, reload };
}

function Gone() {
  const { t } = useTranslation();
  return (
    <Page title={t('manage.goneTitle')}>
      <p>{t('manage.gone')}</p>
      <p>{t('manage.goneHelp')}</p>
    </Page>
  );
}

/** Where the registration stands, in plain words, with "Tag imod pladsen" while an offer holds. */
function Status({
  registration,
  token,
  onChanged,
}: {
  registration: ManagedRegistrationRes;
  token: string;
  onChanged: (n: NoticeMessage) => void;
}) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const state = managedState(registration);
  let variant: AlertVariant = 'info';
  let heading: string;
  let text: string;
  switch (state.kind) {
    case 'confirmed':
      variant = 'success';
      heading = t('manage.confirmedHeading');
      text = t('manage.confirmed');
      break;
    case 'waitlisted':
      heading = state.position
        ? t('manage.waitlistedHeading', { position: state.position })
        : t('manage.waitlistedHeadingNoPosition');
      text = t('manage.waitlisted');
      break;
    case 'offered':
      variant = 'warning';
      heading = t('manage.offeredHeading');
      text = state.until
        ? t('manage.offered', { moment: momentText(state.until, t, i18n.language) })
        : t('manage.offeredNoTime');
      break;
    case 'offerExpired':
      heading = t('manage.offerExpiredHeading');
      text = t('manage.offerExpired');
      break;
    case 'waitingListClosed':
      heading = t('manage.waitingListClosedHeading');
      text = t('manage.waitingListClosed');
      break;
    default:
      heading = t('manage.cancelledHeading');
      text = t('manage.cancelled');
  }
  const accept = async () => {
    setBusy(true);
    setError(null);
    try {
      await acceptOffer(token);
      onChanged({ variant: 'success', text: t('manage.accepted') });
    } catch (err) {
      setError(messageOf(err));
      if (err instanceof ApiError && err.status === 409)
        onChanged({ variant: 'error', text: messageOf(err) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="manage-status-heading">
      <h2 id="manage-status-heading" className="sr-only">
        {t('manage.statusHeading')}
      </h2>
      {/* Quiet: the state of the page on arrival, not an event. */}
      <div className={`alert alert-${variant}`}>
        <Icon
          name={variant}
          className="alert-icon"
          label={t(`common.${variant === 'info' ? 'information' : variant}`)}
        />
        <div className="alert-body">
          <h3 className="alert-heading">{heading}</h3>
          <div className="alert-text">
            <p>{text}</p>
          </div>
        </div>
      </div>
      {state.kind === 'offered' && state.canAccept && (
        <>
          <button
            type="button"
            className="button button-primary mt-4"
            onClick={() => void accept()}
            disabled={busy}
          >
            {busy ? t('manage.sending') : t('manage.accept')}
          </button>
          <div aria-live="polite">
            {error && (
              <Alert variant="error">
                <p>{error}</p>
              </Alert>
            )}
          </div>
        </>
      )}
    </section>
  );
}

function Facts({
  registration,
  slug,
  token,
}: {
  registration: ManagedRegistrationRes;
  slug: string;
  token: string;
}) {
  const { t, i18n } = useTranslation();
  const { event } = registration;
  const who = [registration.name, registration.jobTitle, registration.organisation]
    .filter(Boolean)
    .join(', ');
  const facts: Array<[string, ReactNode]> = [
    [t('manage.attendee'), who],
    [t('events.when'), whenText(event, t, i18n.language)],
    [t('events.where'), <Place key="place" event={event} />],
    [t('events.price'), priceText(registration.price, t, i18n.language)],
  ];
  return (
    <section aria-labelledby="manage-facts-heading" className="mt-8">
      <h2 id="manage-facts-heading">{t('manage.factsHeading')}</h2>
      <dl className="aktion-facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {registration.status !== 'cancelled' && (
        <p className="mt-6">
          <a
            href={registrationCalendarUrl(token)}
            download={`${slug}.ics`}
            aria-describedby="manage-calendar-hint"
          >
            <Icon name="calendar-month" className="aktion-inline-icon" />
            {t('manage.calendar')}
          </a>
          <span id="manage-calendar-hint" className="form-hint aktion-line">
            {t('manage.calendarHint')}
          </span>
        </p>
      )}
    </section>
  );
}

function History({ history }: { history: ManagedRegistrationRes['history'] }) {
  const { t, i18n } = useTranslation();
  if (history.length === 0) return null;
  return (
    <section aria-labelledby="manage-history-heading" className="mt-8">
      <h2 id="manage-history-heading">{t('manage.historyHeading')}</h2>
      <ul>
        {history.map((h) => (
          <li key={`${h.name}:${h.from}`}>
            {h.until
              ? t('manage.historyPeriod', {
                  name: h.name,
                  from: momentText(h.from, t, i18n.language),
                  until: momentText(h.until, t, i18n.language),
                })
              : t('manage.historyNow', { name: h.name, from: momentText(h.from, t, i18n.language) })}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Hand-over done: said plainly, with focus on it; the colleague's link is never shown here. */
function Substituted({ colleague }: { colleague: { name: string; email: string } }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="alert alert-success">
      <Icon name="success" className="alert-icon" label={t('common.success')} />
      <div className="alert-body">
        <h2 className="alert-heading" ref={heading} tabIndex={-1}>
          {t('manage.substitutedHeading')}
        </h2>
        <div className="alert-text">
          <p>{t('manage.substituted', colleague)}</p>
          <p>{t('manage.substitutedOld')}</p>
        </div>
      </div>
    </div>
  );
}

function CancelBox({
  token,
  onCancelled,
  onRefused,
}: {
  token: string;
  onCancelled: () => void;
  onRefused: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const cancel = async () => {
    setBusy(true);
    try {
      await cancelRegistration(token);
      onCancelled();
    } catch (err) {
      onRefused(messageOf(err));
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };
  return (
    <section aria-labelledby="manage-cancel-heading" className="mt-8">
      <h2 id="manage-cancel-heading">{t('manage.cancelHeading')}</h2>
      <p>{t('manage.cancelIntro')}</p>
      {confirming ? (
        <ConfirmBox
          question={t('manage.cancelQuestion')}
          confirmLabel={t('manage.cancelConfirm')}
          busy={busy}
          onConfirm={() => void cancel()}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <button type="button" className="button button-secondary" onClick={() => setConfirming(true)}>
          {t('manage.cancel')}
        </button>
      )}
    </section>
  );
}

/**
 * /arrangementer/:slug/tilmelding/:token: the private link from the confirmation e-mail. The
 * registration, the ticket, the terms, and handing the seat on or cancelling. No account needed.
 */
export function ManageRegistrationPage() {
  const { t, i18n } = useTranslation();
  const { slug = '', token = '' } = useParams();
  const { registration, gone, error, reload } = useManagedRegistration(token);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [handedTo, setHandedTo] = useState<{ name: string; email: string } | null>(null);

  if (gone && !handedTo) return <Gone />;
  if (!registration) {
    return (
      <Page title={t('manage.title')}>
        {error ? (
          <Alert variant="error">
            <p>{error}</p>
          </Alert>
        ) : (
          <p>{t('manage.loading')}</p>
        )}
      </Page>
    );
  }
  const { event } = registration;
  const eventSlug = event.slug || slug;
  const changed = (n: NoticeMessage) => {
    setNotice(n);
    reload();
  };

  return (
    <Page title={t('manage.title')}>
      <p className="font-lead">
        {t('manage.lead', { title: event.title, organisation: event.organisationName })}
      </p>
      {handedTo ? (
        <Substituted colleague={handedTo} />
      ) : (
        <>
          <Notice notice={notice} />
          <Status registration={registration} token={token} onChanged={changed} />
          {registration.ticket && (
            <section aria-labelledby="manage-ticket-heading" className="mt-8">
              <h2 id="manage-ticket-heading">{t('manage.ticketHeading')}</h2>
              <TicketBox ticket={registration.ticket} />
            </section>
          )}
          <Facts registration={registration} slug={eventSlug} token={token} />
          <section aria-labelledby="manage-terms-heading" className="mt-8">
            <h2 id="manage-terms-heading">{t('events.termsHeading')}</h2>
            <p>{termsText(event.terms, t, i18n.language)}</p>
          </section>
          {registration.canSubstitute && (
            <section aria-labelledby="manage-substitute-heading" className="mt-8 aktion-registration">
              <h2 id="manage-substitute-heading">{t('manage.substituteHeading')}</h2>
              <p>{t('manage.substituteIntro')}</p>
              <ul>
                <li>{t('manage.substituteSame')}</li>
                <li>{t('manage.substituteStops')}</li>
                {/* The terms above already give the deadline when there is one of its own. */}
                {!event.terms.substitutionUntil && (
                  <li>
                    {t('manage.substituteUntil', { moment: momentText(event.startsAt, t, i18n.language) })}
                  </li>
                )}
              </ul>
              <SubstituteForm
                token={token}
                currentEmail={registration.email}
                onDone={setHandedTo}
                onRefused={reload}
              />
            </section>
          )}
          {registration.canCancel && (
            <CancelBox
              token={token}
              onCancelled={() => changed({ variant: 'success', text: t('manage.cancelledNotice') })}
              onRefused={(message) => changed({ variant: 'error', text: message })}
            />
          )}
          <History history={registration.history} />
        </>
      )}
    </Page>
  );
}
