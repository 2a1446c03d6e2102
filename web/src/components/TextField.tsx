import type { HTMLAttributes, HTMLInputAutoCompleteAttribute, Ref } from 'react';
import { useTranslation } from 'react-i18next';

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'tel' | 'url' | 'date' | 'datetime-local';
  error?: string | undefined;
  hint?: string;
  autoComplete?: HTMLInputAutoCompleteAttribute;
  required?: boolean;
  maxLength?: number;
  /** The on-screen keyboard to offer, e.g. 'numeric' for a code of digits. */
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  /** A DKFDS width class for short values, e.g. 'input-width-s'. */
  inputClassName?: string;
  /** Codes and technical names: no spell check or automatic capital letter. */
  verbatim?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

/** DKFDS text input with label, hint and error message. */
export function TextField(props: TextFieldProps) {
  const { id, label, value, onChange, type = 'text', error, hint, autoComplete, required, maxLength } = props;
  const { inputMode, inputClassName, verbatim, inputRef } = props;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={`form-group${error ? ' form-error' : ''}`}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <span className="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && <FieldErrorMessage id={id} message={error} />}
      <input
        id={id}
        name={id}
        type={type}
        ref={inputRef}
        className={inputClassName ? `form-input ${inputClassName}` : 'form-input'}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        autoComplete={autoComplete}
        required={required}
        maxLength={maxLength}
        inputMode={inputMode}
        spellCheck={verbatim ? false : undefined}
        autoCapitalize={verbatim ? 'none' : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
      />
    </div>
  );
}

export function FieldErrorMessage({ id, message }: { id: string; message: string }) {
  const { t } = useTranslation();
  return (
    <span className="form-error-message" id={`${id}-error`}>
      <span className="sr-only">{t('common.error')}: </span>
      {message}
    </span>
  );
}
