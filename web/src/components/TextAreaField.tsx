import { FieldErrorMessage } from './TextField.js';

interface TextAreaFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string;
  maxLength?: number;
  rows?: number;
  required?: boolean;
}

/** DKFDS textarea with label, hint and error message. */
export function TextAreaField(props: TextAreaFieldProps) {
  const { id, label, value, onChange, error, hint, maxLength, rows = 5, required } = props;
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
      <textarea
        id={id}
        name={id}
        className="form-input input-width-xl"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        maxLength={maxLength}
        rows={rows}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
      />
    </div>
  );
}
