interface RadioGroupProps<V extends string> {
  /** The first radio button gets this id. */
  id: string;
  legend: string;
  /** `hint` is a short explanation under the option's label. */
  options: ReadonlyArray<{ value: V; label: string; hint?: string }>;
  value: V;
  onChange: (value: V) => void;
}

/** DKFDS radio buttons in a fieldset with legend. */
export function RadioGroup<V extends string>({ id, legend, options, value, onChange }: RadioGroupProps<V>) {
  return (
    <div className="form-group">
      <fieldset>
        <legend className="form-label">{legend}</legend>
        {options.map((o, i) => {
          const inputId = i === 0 ? id : `${id}-${o.value}`;
          return (
            <div className="form-group-radio" key={o.value}>
              <input
                type="radio"
                id={inputId}
                name={id}
                value={o.value}
                className="form-radio"
                checked={value === o.value}
                onChange={() => onChange(o.value)}
                aria-describedby={o.hint ? `${inputId}-hint` : undefined}
              />
              <label className="form-label" htmlFor={inputId}>
                {o.label}
              </label>
              {o.hint && (
                <span className="form-hint" id={`${inputId}-hint`}>
                  {o.hint}
                </span>
              )}
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}
