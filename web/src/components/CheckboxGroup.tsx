import { FieldErrorMessage } from './TextField.js';

interface CheckboxGroupProps<V extends string> {
  /** The first checkbox gets this id, so an error summary can link to the group. */
  id: string;
  legend: string;
  options: ReadonlyArray<{ value: V; label: string }>;
  values: readonly V[];
  onChange: (values: V[]) => void;
  error?: string | undefined;
  /** A plain explanation below the legend. */
  hint?: string;
}

/** DKFDS checkboxes in a fieldset with legend and error message. */
export function CheckboxGroup<V extends string>(props: CheckboxGroupProps<V>) {
  const { id, legend, options, values, onChange, error, hint } = props;
  const toggle = (value: V, checked: boolean) => {
    const next = checked ? [...values, value] : values.filter((v) => v !== value);
    // Keep the options' order.
    onChange(options.map((o) => o.value).filter((v) => next.includes(v)));
  };
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={`form-group${error ? ' form-error' : ''}`}>
      <fieldset aria-describedby={describedBy || undefined}>
        <legend className="form-label">{legend}</legend>
        {hint && (
          <span className="form-hint" id={`${id}-hint`}>
            {hint}
          </span>
        )}
        {error && <FieldErrorMessage id={id} message={error} />}
        {options.map((o, i) => {
          const inputId = i === 0 ? id : `${id}-${o.value}`;
          return (
            <div className="form-group-checkbox" key={o.value}>
              <input
                type="checkbox"
                id={inputId}
                name={id}
                value={o.value}
                className="form-checkbox"
                checked={values.includes(o.value)}
                onChange={(e) => toggle(o.value, e.target.checked)}
              />
              <label className="form-label" htmlFor={inputId}>
                {o.label}
              </label>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}
