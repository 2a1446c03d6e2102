import { type FormEvent, useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { CheckInReq, CheckInResultRes } from '../../../../core/schemas/events.js';
import { ApiError } from '../../api/client.js';
import { checkIn } from '../../api/events.js';
import { Alert, type AlertVariant } from '../../components/Alert.js';
import { Icon } from '../../components/Icon.js';
import { Page } from '../../components/Page.js';
import { TextField } from '../../components/TextField.js';
import { EventNotReady } from '../events/EventNotReady.js';
import { formatClock } from '../events/time.js';
import { useAdminEvent, useRegistrations } from '../events/useAdminEvent.js';
import { messageOf } from '../organisation/labels.js';
import { arrivalsOf, looksLikeTicketToken, normaliseCode, searchAttendees } from './checkIn.js';
import { QrScanner } from './QrScanner.js';

const CODE_ID = 'check-in-code';
const SEARCH_MAX = 20;

interface Outcome {
  variant: AlertVariant;
  text: string;
}

/** Arrivals so far: from the list when the page opens, then from each check-in's answer. */
function Arrivals({ arrived, expected }: { arrived: number; expected: number }) {
  const { t } = useTranslation();
  return <p className="aktion-arrivals">{t('checkIn.arrived', { arrived, expected })}</p>;
}

/**
 * /admin/arrangementer/:id/indtjekning: the door. A typed code, a QR scan, and a name search that
 * shows who has arrived. Made for a phone or a tablet: big field, big buttons, one result at a time.
 */
export function CheckInPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const { event, missing, error } = useAdminEvent(id);
  const [listVersion, setListVersion] = useState(0);
  const { registrations } = useRegistrations(id, event ? `${event.updatedAt}:${listVersion}` : null);
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [counts, setCounts] = useState<{ arrived: number; expected: number } | null>(null);
  const [search, setSearch] = useState('');
  const codeInput = useRef<HTMLInputElement>(null);

  const send = useCallback(
    async (body: CheckInReq) => {
      setBusy(true);
      try {
        const r: CheckInResultRes = await checkIn(id, body);
        const who = [r.name, r.organisation].filter(Boolean).join(', ');
        setOutcome(
          r.result === 'checked_in'
            ? { variant: 'success', text: t('checkIn.checkedIn', { who }) }
            : {
                variant: 'warning',
                text: t('checkIn.already', { time: formatClock(r.checkedInAt, i18n.language), who }),
              },
        );
        setCounts({ arrived: r.arrived, expected: r.expected });
        setListVersion((v) => v + 1);
        return true;
      } catch (err) {
        const text = err instanceof ApiError && err.fields.code ? t('checkIn.codeInvalid') : messageOf(err);
        setOutcome({ variant: 'error', text });
        return false;
      } finally {
        setBusy(false);
      }
    },
    [id, t, i18n.language],
  );

  const submitCode = async (e: FormEvent) => {
    e.preventDefault();
    if (!code.trim()) {
      setCodeError(t('checkIn.codeMissing'));
      return codeInput.current?.focus();
    }
    const normal = normaliseCode(code);
    if (!normal) {
      setCodeError(t('checkIn.codeInvalid'));
      return codeInput.current?.focus();
    }
    setCodeError(undefined);
    await send({ code: normal });
    // Ready for the next person at once.
    setCode('');
    codeInput.current?.focus();
  };

  const scanned = useCallback(
    (text: string) => {
      if (!looksLikeTicketToken(text)) {
        setOutcome({ variant: 'error', text: t('checkIn.notATicket') });
        return;
      }
      void send({ token: text });
    },
    [send, t],
  );

  if (missing || !event) return <EventNotReady missing={missing} error={error} title={t('checkIn.title')} />;

  const shown =
    counts ??
    (registrations
      ? { arrived: arrivalsOf(registrations.items), expected: registrations.seats.confirmed }
      : null);
  const matches = registrations ? searchAttendees(registrations.items, search, SEARCH_MAX + 1) : [];

  return (
    <Page title={t('checkIn.title')}>
      <p>
        <Link className="back-link" to={`/admin/arrangementer/${encodeURIComponent(id)}`}>
          <Icon name="chevron-left" />
          {t('checkIn.back')}
        </Link>
      </p>
      <p className="font-lead">{event.title}</p>
      <div className="aktion-check-in">
        <div aria-live="polite" aria-atomic="true" className="aktion-check-in-result">
          {outcome && (
            <Alert variant={outcome.variant} quiet>
              <p className="aktion-check-in-outcome">{outcome.text}</p>
            </Alert>
          )}
          {shown && <Arrivals {...shown} />}
        </div>

        <section aria-labelledby="check-in-code-heading">
          <h2 id="check-in-code-heading" className="sr-only">
            {t('checkIn.codeHeading')}
          </h2>
          <form onSubmit={submitCode} noValidate className="aktion-check-in-form">
            <TextField
              id={CODE_ID}
              label={t('checkIn.codeLabel')}
              hint={t('checkIn.codeHint')}
              value={code}
              onChange={(v) => setCode(v.toUpperCase())}
              error={codeError}
              autoComplete="off"
              inputClassName="input-width-s aktion-code-input"
              maxLength={10}
              verbatim
              inputRef={codeInput}
            />
            <button type="submit" className="button button-primary aktion-big-button" disabled={busy}>
              {t('checkIn.submit')}
            </button>
          </form>
        </section>

        <section aria-labelledby="check-in-scan-heading" className="mt-7">
          <h2 id="check-in-scan-heading">{t('checkIn.scanHeading')}</h2>
          <QrScanner onCode={scanned} />
        </section>

        {registrations && (
          <section aria-labelledby="check-in-search-heading" className="mt-7">
            <h2 id="check-in-search-heading">{t('checkIn.searchHeading')}</h2>
            <TextField
              id="check-in-search"
              label={t('checkIn.searchLabel')}
              hint={t('checkIn.searchHint')}
              value={search}
              onChange={setSearch}
              autoComplete="off"
              maxLength={200}
            />
            {search.trim() !== '' && (
              <div aria-live="polite">
                {matches.length === 0 ? (
                  <p>{t('checkIn.searchNone')}</p>
                ) : (
                  <>
                    <ul className="nobullet-list aktion-attendees">
                      {matches.slice(0, SEARCH_MAX).map((r) => (
                        <li key={r.id}>
                          <strong>{r.name}</strong>
                          {r.organisation && <span className="aktion-line">{r.organisation}</span>}
                          <span className="aktion-line">
                            {r.checkedInAt ? (
                              <>
                                <Icon name="check" className="aktion-inline-icon" />
                                {t('checkIn.arrivedAt', { time: formatClock(r.checkedInAt, i18n.language) })}
                              </>
                            ) : (
                              t('checkIn.notArrived')
                            )}
                          </span>
                          {!r.checkedInAt && r.status === 'confirmed' && (
                            <button
                              type="button"
                              className="button button-secondary mt-3"
                              disabled={busy}
                              aria-label={t('checkIn.checkInNamed', { name: r.name })}
                              onClick={() => void send({ registrationId: r.id })}
                            >
                              {t('checkIn.checkInButton')}
                            </button>
                          )}
                        </li>
                      ))}
                    </ul>
                    {matches.length > SEARCH_MAX && <p>{t('checkIn.searchMore', { count: SEARCH_MAX })}</p>}
                  </>
                )}
              </div>
            )}
          </section>
        )}
      </div>
    </Page>
  );
}
