import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { RoundSummary } from '../../../../core/schemas/assessment.js';
import { ApiError } from '../../api/client.js';
import { closeRound, deleteRound, sendReminders } from '../../api/rounds.js';
import { ConfirmBox } from '../../components/ConfirmBox.js';
import { Notice, type NoticeMessage } from '../../components/Notice.js';
import { messageOf } from '../organisation/labels.js';
import { RoundEditForm } from './RoundEditForm.js';
import { roundsPath } from './roundParts.js';

type Step = 'remind' | 'close' | 'delete' | 'edit' | null;

/**
 * For those who manage the round: remind now, close now, change name and dates, delete (before
 * it opens). Each asks first; the outcome is shown here, beside the buttons, and focus comes back
 * to the section's heading (closing shows its outcome at the top of the page, as the section goes).
 */
export function RoundActions(props: {
  round: RoundSummary;
  onChange: (round: RoundSummary) => void;
  onNotice: (notice: NoticeMessage) => void;
}) {
  const { round, onChange, onNotice } = props;
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [step, setStep] = useState<Step>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (step !== null || !returnFocus.current) return;
    returnFocus.current = false;
    heading.current?.focus();
  }, [step]);
  const back = () => {
    returnFocus.current = true;
    setStep(null);
  };

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setNotice(null);
    try {
      await action();
    } finally {
      setBusy(false);
      back();
    }
  };

  const remind = () =>
    run(async () => {
      try {
        const { sent } = await sendReminders(round.id);
        setNotice({ variant: 'success', text: t('rounds.reminded', { count: sent }) });
        onChange({ ...round, reminderSentAt: new Date().toISOString() });
      } catch (err) {
        const tooSoon = err instanceof ApiError && err.reason === 'reminder_too_soon';
        setNotice({ variant: 'error', text: tooSoon ? t('rounds.remindTooSoon') : messageOf(err) });
      }
    });

  const close = () =>
    run(async () => {
      try {
        onChange(await closeRound(round.id));
        onNotice({ variant: 'success', text: t('rounds.closedNotice') });
      } catch (err) {
        setNotice({ variant: 'error', text: messageOf(err) });
      }
    });

  const remove = () =>
    run(async () => {
      try {
        await deleteRound(round.id);
        navigate(roundsPath, {
          state: { notice: { variant: 'success', text: t('rounds.deleted', { name: round.name }) } },
        });
      } catch (err) {
        setNotice({ variant: 'error', text: messageOf(err) });
      }
    });

  if (round.status === 'closed') return null;
  return (
    <section aria-labelledby="round-manage-heading" className="mt-8">
      <h2 id="round-manage-heading" ref={heading} tabIndex={-1}>
        {t('rounds.manageHeading')}
      </h2>
      <Notice notice={notice} />
      {step === null && (
        <div className="aktion-actions">
          {round.status === 'open' && (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                setNotice(null);
                setStep('remind');
              }}
            >
              {t('rounds.remind')}
            </button>
          )}
          {round.status === 'open' && (
            <button type="button" className="button button-secondary" onClick={() => setStep('close')}>
              {t('rounds.close')}
            </button>
          )}
          <button type="button" className="button button-secondary" onClick={() => setStep('edit')}>
            {t('rounds.edit')}
          </button>
          {round.status === 'scheduled' && (
            <button type="button" className="button button-secondary" onClick={() => setStep('delete')}>
              {t('rounds.delete')}
            </button>
          )}
        </div>
      )}
      {step === 'remind' && (
        <ConfirmBox
          question={t('rounds.remindConfirm')}
          confirmLabel={t('rounds.remindYes')}
          onConfirm={() => void remind()}
          onCancel={back}
          busy={busy}
        />
      )}
      {step === 'close' && (
        <ConfirmBox
          question={t('rounds.closeConfirm')}
          confirmLabel={t('rounds.closeYes')}
          onConfirm={() => void close()}
          onCancel={back}
          busy={busy}
        />
      )}
      {step === 'delete' && (
        <ConfirmBox
          question={t('rounds.deleteConfirm', { name: round.name })}
          confirmLabel={t('rounds.deleteYes')}
          onConfirm={() => void remove()}
          onCancel={back}
          busy={busy}
        />
      )}
      {step === 'edit' && (
        <RoundEditForm
          round={round}
          onCancel={back}
          onSaved={(saved) => {
            onChange(saved);
            back();
            setNotice({ variant: 'success', text: t('rounds.saved') });
          }}
        />
      )}
    </section>
  );
}
