import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MySignupRes, MyUpcomingActivityRes } from '../../../../core/schemas/my-programme.js';
import { acceptOffer, cancelSignup, signUp } from '../../api/myProgramme.js';
import { Alert } from '../../components/Alert.js';
import { MoreForScreenReaders } from '../cohorts/parts.js';
import { formatClock, formatDay } from '../events/time.js';
import { messageOf } from '../organisation/labels.js';
import { elsewhereKey, type SignupAction, seatsKey, signupActions } from './signup.js';

interface Props {
  activity: MyUpcomingActivityRes;
  signup: MySignupRes;
  /** After a change: the page loads the programme again (seats on other dates change too) and says what happened. */
  onChanged: (text: string) => void;
}

const CALLS: Record<SignupAction, (id: string) => Promise<MySignupRes>> = {
  signUp,
  joinWaitingList: signUp,
  accept: acceptOffer,
  cancel: cancelSignup,
};

/**
 * A date with limited seats: the seats left, my own place on it, and signing up or cancelling.
 * While a request runs the buttons stay focusable (aria-disabled, clicks ignored); the answer is
 * shown at once, its status line announced (a live region), and focus moves to the status text,
 * since the button that was pressed is usually replaced by another.
 */
export function SignupBox({ activity: a, signup: props, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The last answer, shown until the page's reload brings this date again (a new `props`).
  const [answer, setAnswer] = useState<{ to: MySignupRes; after: MySignupRes } | null>(null);
  const [answered, setAnswered] = useState(0);
  const statusText = useRef<HTMLParagraphElement>(null);
  const s = answer?.to === props ? answer.after : props;
  const when = (iso: string) => `${formatDay(iso, lang)} ${formatClock(iso, lang)}`;

  useEffect(() => {
    if (answered > 0) statusText.current?.focus();
  }, [answered]);

  const run = async (action: SignupAction) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const after = await CALLS[action](a.id);
      setAnswer({ to: props, after });
      setAnswered((n) => n + 1);
      onChanged(t(`myProgramme.signup.done.${after.status}`, { title: a.title }));
    } catch (err) {
      // The pressed button is still there and keeps focus; the error is an alert.
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  const status =
    s.status === 'waitlisted'
      ? t('myProgramme.signup.waitlisted', { position: s.waitingPosition ?? '' })
      : s.status === 'offered'
        ? t('myProgramme.signup.offered', { until: s.offeredUntil ? when(s.offeredUntil) : '' })
        : t(`myProgramme.signup.${s.status}`);
  const actions = signupActions(s);
  const elsewhere = elsewhereKey(s);

  return (
    <div className="aktion-panel">
      <p ref={statusText} tabIndex={-1}>
        <strong role="status">{status}</strong>
        <br />
        {t(`myProgramme.signup.${seatsKey(s)}`, { count: s.seatsLeft, capacity: s.capacity })}
      </p>
      {elsewhere && s.heldElsewhere && (
        <p>{t(`myProgramme.signup.${elsewhere}`, { date: when(s.heldElsewhere.startsAt) })}</p>
      )}
      {!s.open && s.status === 'none' && <p>{t('myProgramme.signup.closed')}</p>}
      {error && (
        <Alert variant="error">
          <p>{error}</p>
        </Alert>
      )}
      {actions.length > 0 && (
        <div className="aktion-actions">
          {actions.map((action, i) => (
            <button
              key={action}
              type="button"
              className={`button ${i === 0 && action !== 'cancel' ? 'button-primary' : 'button-secondary'}${busy ? ' disabled' : ''}`}
              aria-disabled={busy}
              onClick={() => void run(action)}
            >
              <MoreForScreenReaders
                shown={t(`myProgramme.signup.action.${action}`)}
                more={t('myProgramme.signup.forTitle', { title: a.title })}
              />
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
