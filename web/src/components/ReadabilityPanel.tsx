import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type GlossaryEntry, termKey, unexplainedTerms } from '../../../core/plain-language/jargon.js';
import { LONG_SENTENCE_WORDS, readability } from '../../../core/plain-language/lix.js';
import { isOverTarget, sentenceStart } from '../features/glossary/readabilityView.js';
import { Icon } from './Icon.js';
import './plain-language.css';

/** The panel follows the text once the writer pauses, so it does not flicker on every key. */
export const READABILITY_DELAY_MS = 300;

function useDebounced<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), delay);
    return () => window.clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

interface ReadabilityPanelProps {
  /** The id of the field the panel belongs to (its own ids start with it). */
  id: string;
  text: string;
  /** The LIX the text should be at or under. */
  target: number;
  /** The organisation's glossary; null leaves out the check for unexplained terms. */
  glossary: readonly GlossaryEntry[] | null;
  /** Terms not to ask about (a glossary explanation need not explain its own term). */
  ignoreTerms?: readonly string[] | undefined;
}

/**
 * Live readability of a text being written: LIX and its band against the target, words and
 * sentences, the long sentences by their first words, and glossary terms used without being
 * explained. Only the one-line summary is a live region; the rest is read when the writer wants.
 */
export function ReadabilityPanel({ id, text, target, glossary, ignoreTerms }: ReadabilityPanelProps) {
  const { t } = useTranslation();
  const settled = useDebounced(text, READABILITY_DELAY_MS);
  const score = useMemo(() => readability(settled), [settled]);
  const unexplained = useMemo(() => {
    if (!glossary?.length) return [];
    const skip = new Set((ignoreTerms ?? []).map(termKey));
    const byKey = new Map(glossary.map((g) => [termKey(g.term), g]));
    return unexplainedTerms(settled, glossary)
      .filter((term) => !skip.has(termKey(term)))
      .map((term) => ({ term, explanation: byKey.get(termKey(term))?.explanation ?? '' }));
  }, [settled, glossary, ignoreTerms]);

  const empty = score.words === 0;
  const over = isOverTarget(score.lix, target);
  const state = empty ? '' : over ? ' is-over' : ' is-within';
  const band = t(`readability.bands.${score.band}`);

  return (
    <div className={`aktion-readability${state}`} id={`${id}-readability`}>
      <p aria-live="polite" aria-atomic="true" className={empty ? undefined : 'aktion-readability-summary'}>
        {empty ? (
          t('readability.panel.emptyHint')
        ) : (
          <>
            <span>{t('readability.panel.summary', { lix: score.lix, band })}</span>
            {'. '}
            <span>{t('readability.panel.target', { target })}</span>
            {' – '}
            <span className="aktion-readability-state">
              <Icon name={over ? 'warning' : 'success'} />
              {over ? t('readability.panel.overTarget') : t('readability.panel.withinTarget')}
            </span>
          </>
        )}
      </p>
      {!empty && (
        <>
          {over && <p>{t('readability.panel.overAdvice')}</p>}
          <p>
            {t('readability.panel.counts', {
              words: t('readability.panel.words', { count: score.words }),
              sentences: t('readability.panel.sentences', { count: score.sentences }),
            })}
          </p>
          {score.longSentences.length > 0 && (
            <>
              <p>{t('readability.panel.longSentences', { max: LONG_SENTENCE_WORDS })}</p>
              <ul>
                {score.longSentences.map((s) => (
                  <li key={s.start}>
                    {t('readability.panel.longSentence', {
                      start: sentenceStart(settled, s),
                      words: s.words,
                    })}
                  </li>
                ))}
              </ul>
            </>
          )}
          {unexplained.length > 0 && (
            <>
              <p>
                {t('readability.panel.unexplained', { terms: unexplained.map((u) => u.term).join(', ') })}
              </p>
              <details className="details">
                <summary className="details-summary">
                  <span className="details-summary-text">
                    {t('readability.panel.offered', { count: unexplained.length })}
                  </span>
                </summary>
                <div className="details-text">
                  <ul className="nobullet-list">
                    {unexplained.map((u) => (
                      <li key={u.term}>
                        <strong>{u.term}:</strong> {u.explanation}
                      </li>
                    ))}
                  </ul>
                </div>
              </details>
            </>
          )}
        </>
      )}
      <details className="details">
        <summary className="details-summary">
          <span className="details-summary-text">{t('readability.panel.whatIsLix')}</span>
        </summary>
        <div className="details-text">
          <p>{t('readability.panel.lixFormula')}</p>
          <p>{t('readability.panel.lixBands')}</p>
        </div>
      </details>
    </div>
  );
}
