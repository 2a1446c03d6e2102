import { type FormEvent, type ReactNode, useState } from 'react';
import { ApiError } from '../../api/client.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { TextField } from '../../components/TextField.js';
import { useFormErrors } from '../../components/useFormErrors.js';

interface CodeFormProps {
  id: string;
  label: string;
  hint: string;
  requiredMessage: string;
  submitLabel: string;
  /** Only the six digits of the app (enrolment), or a recovery code too. */
  appOnly?: boolean;
  onSubmit: (code: string) => Promise<void>;
  onCancel?: () => void;
  cancelLabel?: string;
  children?: ReactNode;
}

/** One code and a button; the server's word on a wrong or used code goes to the field and the summary. */
export function CodeForm(props: CodeFormProps) {
  const {
    id,
    label,
    hint,
    requiredMessage,
    submitLabel,
    appOnly,
    onSubmit,
    onCancel,
    cancelLabel,
    children,
  } = props;
  const form = useFormErrors();
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!code.trim()) return form.show([{ id, message: requiredMessage }]);
    setBusy(true);
    try {
      await onSubmit(code.trim());
    } catch (err) {
      setBusy(false);
      setCode('');
      const message = err instanceof ApiError ? (err.fields.code ?? err.message) : String(err);
      form.show([{ id, message }]);
    }
  };

  return (
    <>
      <ErrorSummary errors={form.errors} focusSignal={form.focusSignal} />
      <form onSubmit={submit} noValidate>
        {children}
        <TextField
          id={id}
          label={label}
          hint={hint}
          value={code}
          onChange={setCode}
          error={form.errorFor(id)}
          autoComplete={appOnly ? 'one-time-code' : 'off'}
          inputMode={appOnly ? 'numeric' : 'text'}
          inputClassName={appOnly ? 'input-width-xs' : 'input-width-s'}
          maxLength={appOnly ? 10 : 20}
          verbatim
          required
        />
        <div className="aktion-actions mt-6">
          <button type="submit" className="button button-primary" disabled={busy}>
            {submitLabel}
          </button>
          {onCancel && cancelLabel && (
            <button type="button" className="button button-secondary" onClick={onCancel}>
              {cancelLabel}
            </button>
          )}
        </div>
      </form>
    </>
  );
}
