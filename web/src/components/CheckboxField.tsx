import { FieldErrorMessage } from './TextField.js';

interface CheckboxFieldProps {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  /** A plain explanation below the label. */
  hint?: string;
  error?: string | undefined;
}

/** One DKFDS checkbox with its label (and hint, and error message). */
export function CheckboxField({ id, label, checked, onChange, disabled, hint, error }: CheckboxFieldProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  const box = (
    <div className="form-group-checkbox">
      <input
        type="checkbox"
        id={id}
        name={id}
        className="form-checkbox"
        checked={checked}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <span className="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
    </div>
  );
  if (!error) return box;
  return (
    <div className="form-group form-error">
      <FieldErrorMessage id={id} message={error} />
      {box}
    </div>
  );
}
