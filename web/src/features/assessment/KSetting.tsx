import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentSettings } from '../../../../core/schemas/assessment.js';
import { ApiError } from '../../api/client.js';
import { getAssessmentSettings, updateAssessmentSettings } from '../../api/rounds.js';
import { Alert } from '../../components/Alert.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { Notice, type NoticeMessage } from '../../components/Notice.js';
import { TextField } from '../../components/TextField.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import { messageOf } from '../organisation/labels.js';

const K_ID = 'assessment-k';

/**
 * The anonymity limit k in a small box: what it means in one plain sentence, and (for
 * administrators) a field to change it within its bounds.
 */
export function KSetting({ editable, onK }: { editable: boolean; onK?: (k: number) => void }) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const [settings, setSettings] = useState<AssessmentSettings | null>(null);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let cancelled = false;
    getAssessmentSettings()
      .then((s) => {
        if (cancelled) return;
        setSettings(s);
        setValue(String(s.k));
        onK?.(s.k);
      })
      .catch((err: unknown) => !cancelled && setError(messageOf(err)));
    return () => {
      cancelled = true;
    };
  }, [onK]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!settings) return;
    setNotice(null);
    const k = /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isInteger(k) || k < settings.minK || k > settings.maxK)
      return form.show([
        { id: K_ID, message: t('rounds.kProblem', { min: settings.minK, max: settings.maxK }) },
      ]);
    setBusy(true);
    try {
      const saved = await updateAssessmentSettings(k);
      setSettings(saved);
      setValue(String(saved.k));
      form.clear();
      setNotice({ variant: 'success', text: t('rounds.kSaved', { k: saved.k }) });
      onK?.(saved.k);
    } catch (err) {
      const message = err instanceof ApiError && err.fields.k ? err.fields.k : messageOf(err);
      form.show([{ id: K_ID, message }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="k-heading" className="aktion-k-box mt-8">
      <h2 id="k-heading" className="h3">
        {t('rounds.kHeading')}
      </h2>
      {error && (
        <Alert variant="error">
          <p>{error}</p>
        </Alert>
      )}
      {!settings && !error && <p>{t('common.loading')}</p>}
      {settings && (
        <>
          <p>{t('rounds.kExplain', { k: settings.k })}</p>
          {editable && <Notice notice={notice} />}
          {editable && <ErrorSummary errors={form.errors} focusSignal={form.focusSignal} />}
          {editable && (
            <form onSubmit={submit} noValidate>
              <TextField
                id={K_ID}
                label={t('rounds.kField')}
                hint={t('rounds.kHint', {
                  min: settings.minK,
                  max: settings.maxK,
                  default: settings.defaultK,
                })}
                value={value}
                onChange={setValue}
                inputMode="numeric"
                inputClassName="input-width-xs"
                error={form.errorFor(K_ID)}
                autoComplete="off"
                maxLength={3}
              />
              <button type="submit" className="button button-secondary" disabled={busy}>
                {t('rounds.kSave')}
              </button>
            </form>
          )}
        </>
      )}
    </section>
  );
}
