import { useTranslation } from 'react-i18next';
import { NarrativeLimits } from '../../../../core/schemas/narrative.js';
import { FieldErrorMessage } from '../../components/TextField.js';
import { type PartDraft, principleId } from './narrativeDraft.js';

interface Props {
  part: PartDraft;
  /** The part's number, to tell the fields apart for screen readers. */
  number: number;
  error: string | undefined;
  onChange: (principles: string[]) => void;
  onFocus: (id: string) => void;
}

/** Decision principles, one per line: "Når vi vælger X, prioriterer vi Y". */
export function PrinciplesField({ part, number, error, onChange, onFocus }: Props) {
  const { t } = useTranslation();
  const legendId = `part-${part.id}-principles-legend`;
  const hintId = `part-${part.id}-principles-hint`;
  const lines = part.principles;
  const set = (i: number, value: string) => onChange(lines.map((l, j) => (j === i ? value : l)));

  return (
    <div className={`form-group${error ? ' form-error' : ''}`}>
      <fieldset aria-describedby={[hintId, error ? `${principleId(part, 0)}-error` : ''].join(' ').trim()}>
        <legend className="form-label" id={legendId}>
          {t('narrative.editor.principles')}
        </legend>
        <span className="form-hint" id={hintId}>
          {t('narrative.editor.principlesHint', { max: NarrativeLimits.principlesMax })}
        </span>
        {error && <FieldErrorMessage id={principleId(part, 0)} message={error} />}
        {lines.map((line, i) => {
          const id = principleId(part, i);
          const label = t('narrative.editor.principle', { n: i + 1, part: number });
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: lines of one list, edited in place
            <div className="aktion-narrative-principle" key={i}>
              <label className="sr-only" htmlFor={id}>
                {label}
              </label>
              <input
                id={id}
                className="form-input"
                value={line}
                maxLength={NarrativeLimits.principleMax}
                onChange={(e) => set(i, e.target.value)}
                aria-invalid={error ? true : undefined}
              />
              <button
                type="button"
                className="function-link"
                onClick={() => {
                  onChange(lines.filter((_, j) => j !== i));
                  onFocus(
                    lines.length > 1
                      ? principleId(part, Math.max(0, i - 1))
                      : `part-${part.id}-add-principle`,
                  );
                }}
              >
                {t('narrative.editor.removePrinciple')}
                <span className="sr-only"> {label}</span>
              </button>
            </div>
          );
        })}
        {lines.length < NarrativeLimits.principlesMax && (
          <button
            id={`part-${part.id}-add-principle`}
            type="button"
            className="button button-secondary"
            onClick={() => {
              onChange([...lines, '']);
              onFocus(principleId(part, lines.length));
            }}
          >
            {t('narrative.editor.addPrinciple')}
          </button>
        )}
      </fieldset>
    </div>
  );
}
