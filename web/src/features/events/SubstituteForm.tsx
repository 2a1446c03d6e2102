import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Limits } from '../../../../core/limits.js';
import { ApiError } from '../../api/client.js';
import { substituteRegistration } from '../../api/events.js';
import { Alert } from '../../components/Alert.js';
import { ConfirmBox } from '../../components/ConfirmBox.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { TextField } from '../../components/TextField.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import { messageOf } from '../organisation/labels.js';
import { SUBSTITUTE_IDS, type SubstituteState, toSubstituteRequest, validateSubstitute } from './manage.js';

interface SubstituteFormProps {
  token: string;
  currentEmail: string;
  /** The seat is handed on; the colleague's own link is theirs alone and never passed up. */
  onDone: (colleague: { name: string; email: string }) => void;
  /** A refusal that may mean the registration changed (deadline passed): read it again. */
  onRefused: () => void;
}

const FIELD_IDS: Record<string, string> = {
  name: SUBSTITUTE_IDS.name,
  email: SUBSTITUTE_IDS.email,
  jobTitle: SUBSTITUTE_IDS.jobTitle,
};

/** "Giv pladsen til en kollega": name, e-mail and job title, and a confirm step before sending. */
export function SubstituteForm({ token, currentEmail, onDone, onRefused }: SubstituteFormProps) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const [state, setState] = useState<SubstituteState>({ name: '', email: '', jobTitle: '' });
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  // A change after "Giv pladsen videre" asks again, so the question always names who is typed.
  const set = (key: keyof SubstituteState) => (value: string) => {
    setConfirming(false);
    setState((s) => ({ ...s, [key]: value }));
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setRefusal(null);
    const problems = validateSubstitute(state, currentEmail);
    if (problems.length) {
      setConfirming(false);
      return form.show(problems.map((p) => ({ id: p.id, message: t(`manage.problems.${p.problem}`) })));
    }
    form.clear();
    setConfirming(true);
  };

  const send = async () => {
    setBusy(true);
    const body = toSubstituteRequest(state);
    try {
      await substituteRegistration(token, body);
      onDone({ name: body.name, email: body.email });
    } catch (err) {
      setConfirming(false);
      setBusy(false);
      if (err instanceof ApiError && Object.keys(err.fields).length > 0) {
        form.show(
          Object.entries(err.fields).map(([field, message]) => ({
            id: FIELD_IDS[field] ?? SUBSTITUTE_IDS.name,
            message,
          })),
        );
      } else if (err instanceof ApiError && err.reason === 'duplicate_email') {
        form.show([{ id: SUBSTITUTE_IDS.email, message: err.message }]);
      } else {
        setRefusal(messageOf(err));
        if (err instanceof ApiError && (err.status === 409 || err.status === 410)) onRefused();
      }
    }
  };

  return (
    <>
      <div aria-live="polite">
        {refusal && (
          <Alert variant="error" heading={t('manage.refusedHeading')} headingLevel={3}>
            <p>{refusal}</p>
          </Alert>
        )}
      </div>
      <ErrorSummary errors={form.errors} focusSignal={form.focusSignal} />
      <form onSubmit={submit} noValidate>
        <fieldset className="mt-6">
          <legend className="h3">{t('manage.colleague')}</legend>
          <TextField
            id={SUBSTITUTE_IDS.name}
            label={t('manage.colleagueName')}
            value={state.name}
            onChange={set('name')}
            error={form.errorFor(SUBSTITUTE_IDS.name)}
            autoComplete="off"
            maxLength={Limits.nameMax}
            required
          />
          <TextField
            id={SUBSTITUTE_IDS.email}
            label={t('manage.colleagueEmail')}
            hint={t('manage.colleagueEmailHint')}
            type="email"
            value={state.email}
            onChange={set('email')}
            error={form.errorFor(SUBSTITUTE_IDS.email)}
            autoComplete="off"
            maxLength={Limits.emailMax}
            verbatim
            required
          />
          <TextField
            id={SUBSTITUTE_IDS.jobTitle}
            label={t('manage.colleagueJobTitle')}
            value={state.jobTitle}
            onChange={set('jobTitle')}
            error={form.errorFor(SUBSTITUTE_IDS.jobTitle)}
            autoComplete="off"
            maxLength={200}
          />
        </fieldset>
        {!confirming && (
          <button type="submit" className="button button-primary mt-6">
            {t('manage.substitute')}
          </button>
        )}
      </form>
      {confirming && (
        <ConfirmBox
          question={t('manage.substituteQuestion', { name: state.name.trim() })}
          confirmLabel={busy ? t('manage.sending') : t('manage.substituteConfirm')}
          busy={busy}
          onConfirm={() => void send()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </>
  );
}
