import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  InstrumentDimensionRes,
  InstrumentItemRes,
} from '../../../../core/schemas/assessment-instruments.js';
import { inLanguage } from './instrumentDraft.js';

const KINDS = ['focus_area', 'advice'] as const;

interface InstrumentViewProps {
  dimensions: InstrumentDimensionRes[];
  /** The heading level of the two groups; dimensions sit one below. */
  level: 2 | 3;
  /** Buttons beside an own statement (the draft editor's "Ret" and "Fjern"). */
  itemActions?: (item: InstrumentItemRes, dimension: InstrumentDimensionRes) => ReactNode;
  /** What follows a dimension's statements (the draft editor's add button and form). */
  dimensionExtra?: (dimension: InstrumentDimensionRes) => ReactNode;
}

/**
 * The questionnaire read calmly: the four focus areas first, then the eight pieces of advice; each
 * area with its description, its statements (reversed ones and the organisation's own said in
 * words) and its questions for reflection.
 */
export function InstrumentView({ dimensions, level, itemActions, dimensionExtra }: InstrumentViewProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const Group = level === 2 ? 'h2' : 'h3';
  const Dim = level === 2 ? 'h3' : 'h4';
  return (
    <>
      {KINDS.map((kind) => (
        <section key={kind} aria-labelledby={`instrument-${kind}`} className="aktion-instrument-group">
          <Group id={`instrument-${kind}`}>{t(`instrument.view.${kind}`)}</Group>
          {dimensions
            .filter((d) => d.kind === kind)
            .map((d) => {
              const name = inLanguage(d.name, lang);
              return (
                <section
                  key={d.key}
                  aria-labelledby={`dimension-${d.key}`}
                  className="aktion-instrument-dimension"
                >
                  <Dim id={`dimension-${d.key}`}>{name}</Dim>
                  <p className="aktion-instrument-description">{inLanguage(d.description, lang)}</p>
                  <ol
                    className="aktion-instrument-items"
                    aria-label={t('instrument.view.statements', { name })}
                  >
                    {d.items.map((item) => (
                      <li key={item.key}>
                        <span className="aktion-instrument-text">{inLanguage(item.text, lang)}</span>
                        {(item.reverse || item.source === 'organisation') && (
                          <span className="aktion-instrument-tags">
                            {item.reverse && (
                              <span className="aktion-instrument-tag">{t('instrument.view.reverse')}</span>
                            )}
                            {item.source === 'organisation' && (
                              <span className="aktion-instrument-tag aktion-instrument-own">
                                {t('instrument.view.own')}
                              </span>
                            )}
                          </span>
                        )}
                        {item.source === 'organisation' && itemActions?.(item, d)}
                      </li>
                    ))}
                  </ol>
                  {dimensionExtra?.(d)}
                  <details className="details">
                    <summary className="details-summary">
                      <span className="details-summary-text">{t('instrument.view.reflections')}</span>
                    </summary>
                    <div className="details-text">
                      <ul>
                        {d.reflections.map((r) => (
                          <li key={r.da}>{inLanguage(r, lang)}</li>
                        ))}
                      </ul>
                    </div>
                  </details>
                </section>
              );
            })}
        </section>
      ))}
    </>
  );
}
