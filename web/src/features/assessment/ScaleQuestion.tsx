import { type Answer, SCALE_LABELS, SCALE_VALUES } from '../../../../core/assessment/instrument.js';
import { FieldErrorMessage } from '../../components/TextField.js';
import { itemFieldId, parseAnswer } from './answering.js';
import { useLeaderText } from './leaderText.js';

const OPTIONS: readonly Answer[] = [...SCALE_VALUES, 'dont_know'];

interface Props {
  itemKey: string;
  text: string;
  /** "Udsagn 2 af 4", read before the statement. */
  position: string;
  value: Answer | undefined;
  onChange: (value: Answer) => void;
  error?: string | undefined;
}

/**
 * One statement: a fieldset whose legend is the statement, with the five points of the scale and
 * "Ved ikke" as big radio buttons (a row on a wide screen, a column on a phone). The first option
 * carries the field's id, which the error summary links to.
 */
export function ScaleQuestion({ itemKey, text, position, value, onChange, error }: Props) {
  const localized = useLeaderText();
  const id = itemFieldId(itemKey);
  return (
    <div className={`form-group aktion-scale${error ? ' form-error' : ''}`}>
      <fieldset aria-describedby={error ? `${id}-error` : undefined}>
        <legend className="form-label aktion-scale-legend">
          <span className="aktion-scale-position">
            {position}
            <span className="sr-only">:</span>
          </span>{' '}
          {text}
        </legend>
        {error && <FieldErrorMessage id={id} message={error} />}
        <div className="aktion-scale-options">
          {OPTIONS.map((option, i) => {
            const inputId = i === 0 ? id : `${id}-${option}`;
            return (
              <div
                key={option}
                className={`form-group-radio${option === 'dont_know' ? ' aktion-scale-dont-know' : ''}`}
              >
                <input
                  type="radio"
                  id={inputId}
                  name={id}
                  value={String(option)}
                  className="form-radio"
                  checked={value === option}
                  onChange={(e) => {
                    const answer = parseAnswer(e.target.value);
                    if (answer !== null) onChange(answer);
                  }}
                />
                <label className="form-label" htmlFor={inputId}>
                  {localized(SCALE_LABELS[option])}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
