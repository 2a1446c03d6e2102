interface CheckboxFieldProps {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  /** A plain explanation below the label. */
  hint?: string;
}

/** One DKFDS checkbox with its label (and hint). */
export function CheckboxField({ id, label, checked, onChange, disabled, hint }: CheckboxFieldProps) {
  return (
    <div className="form-group-checkbox">
      <input
        type="checkbox"
        id={id}
        name={id}
        className="form-checkbox"
        checked={checked}
        disabled={disabled}
        aria-describedby={hint ? `${id}-hint` : undefined}
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
}
