import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  JOURNAL_REMINDER_DAYS,
  type JournalReminderReq,
} from '../../../../core/schemas/action-learning-overview.js';
import { getJournalReminder, setJournalReminder } from '../../api/actionLearningOverview.js';
import { Alert } from '../../components/Alert.js';
import { Notice, type NoticeMessage } from '../../components/Notice.js';
import { SelectField } from '../../components/SelectField.js';
import { messageOf } from '../organisation/labels.js';

const OFF = 'off';

/** The select's value for a setting, and back. */
const toValue = (days: JournalReminderReq['days']) => (days === null ? OFF : String(days));
function fromValue(value: string): JournalReminderReq['days'] {
  const days = JOURNAL_REMINDER_DAYS.find((d) => String(d) === value);
  return days ?? null;
}

/**
 * "Påmindelse": how many days without a journal entry before I get an e-mail, or none. For one
 * of my cohorts; the journal page places it. Saves on the button and announces the result.
 */
export function JournalReminderSetting({ cohortId }: { cohortId: string }) {
  const { t } = useTranslation();
  const id = `journal-reminder-${useId().replace(/:/g, '')}`;
  const [value, setValue] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    let cancelled = false;
    getJournalReminder(cohortId)
      .then((r) => !cancelled && setValue(toValue(r.days)))
      .catch((err: unknown) => !cancelled && setError(messageOf(err)));
    return () => {
      cancelled = true;
    };
  }, [cohortId]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (value === null) return;
    setSaving(true);
    setNotice(null);
    try {
      const saved = await setJournalReminder(cohortId, { days: fromValue(value) });
      setValue(toValue(saved.days));
      setNotice({
        variant: 'success',
        text: saved.days === null ? t('journalReminder.savedOff') : t('journalReminder.saved'),
      });
    } catch (err) {
      setNotice({ variant: 'error', text: messageOf(err) });
    } finally {
      setSaving(false);
    }
  };

  if (error)
    return (
      <Alert variant="error">
        <p>{error}</p>
      </Alert>
    );
  if (value === null) return <p>{t('common.loading')}</p>;
  return (
    <form onSubmit={save} noValidate>
      <SelectField
        id={id}
        label={t('journalReminder.label')}
        hint={t('journalReminder.hint')}
        value={value}
        onChange={setValue}
        options={[
          ...JOURNAL_REMINDER_DAYS.map((d) => ({
            value: String(d),
            label: t('journalReminder.days', { count: d }),
          })),
          { value: OFF, label: t('journalReminder.off') },
        ]}
      />
      <button type="submit" className="button button-secondary" disabled={saving}>
        {t('journalReminder.save')}
      </button>
      <Notice notice={notice} />
    </form>
  );
}
