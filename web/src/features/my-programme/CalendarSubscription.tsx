import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarLinkStateRes } from '../../../../core/schemas/my-programme.js';
import { getCalendarLink, renewCalendarLink } from '../../api/myProgramme.js';
import { Alert } from '../../components/Alert.js';
import { ConfirmBox } from '../../components/ConfirmBox.js';
import { formatDate } from '../../i18n/format.js';
import { messageOf } from '../organisation/labels.js';

/**
 * The personal calendar subscription link: made or renewed here, shown once (the server keeps
 * only its hash), with a copy button. Renewing asks first, since the old link stops working.
 */
export function CalendarSubscription() {
  const { t, i18n } = useTranslation();
  const inputId = useId();
  const [state, setState] = useState<CalendarLinkStateRes | null>(null);
  const [url, setUrl] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    let cancelled = false;
    getCalendarLink()
      .then((s) => !cancelled && setState(s))
      .catch((err: unknown) => !cancelled && setError(messageOf(err)));
    return () => {
      cancelled = true;
    };
  }, []);

  async function renew() {
    setBusy(true);
    setError(null);
    setStatus('');
    try {
      const made = await renewCalendarLink();
      setUrl(made.url);
      setState({ exists: true, createdAt: made.createdAt });
      setConfirming(false);
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  async function copy() {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setStatus(t('myProgramme.calendar.copied'));
    } catch {
      setStatus(t('myProgramme.calendar.copyFailed'));
    }
  }

  return (
    <section aria-labelledby="calendar-subscription-heading" className="mt-8">
      <h2 id="calendar-subscription-heading">{t('myProgramme.calendar.heading')}</h2>
      <p>{t('myProgramme.calendar.intro')}</p>
      <p>{t('myProgramme.calendar.secret')}</p>
      {error && (
        <Alert variant="error">
          <p>{error}</p>
        </Alert>
      )}
      {url && (
        <div className="form-group">
          <label className="form-label" htmlFor={inputId}>
            {t('myProgramme.calendar.linkLabel')}
          </label>
          <span className="form-hint">{t('myProgramme.calendar.shownOnce')}</span>
          <input
            id={inputId}
            className="form-input input-width-xl"
            type="text"
            readOnly
            value={url}
            onFocus={(e) => e.currentTarget.select()}
          />
          <p>
            <button type="button" className="button button-secondary" onClick={copy}>
              {t('myProgramme.calendar.copy')}
            </button>
          </p>
        </div>
      )}
      <p role="status">{status}</p>
      {state && !url && (
        <p>
          {state.exists && state.createdAt
            ? t('myProgramme.calendar.exists', { date: formatDate(state.createdAt, i18n.language) })
            : t('myProgramme.calendar.none')}
        </p>
      )}
      {state && !state.exists && (
        <button type="button" className="button button-primary" onClick={renew} disabled={busy}>
          {t('myProgramme.calendar.create')}
        </button>
      )}
      {state?.exists &&
        (confirming ? (
          <ConfirmBox
            question={t('myProgramme.calendar.confirm')}
            confirmLabel={t('myProgramme.calendar.confirmLabel')}
            onConfirm={renew}
            onCancel={() => setConfirming(false)}
            busy={busy}
          />
        ) : (
          <button type="button" className="button button-secondary" onClick={() => setConfirming(true)}>
            {t('myProgramme.calendar.renew')}
          </button>
        ))}
    </section>
  );
}
