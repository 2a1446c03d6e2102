import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert.js';
import type { PartDraft } from './narrativeDraft.js';

export type Trouble = { kind: 'stale' | 'gone' } | { kind: 'error'; message: string } | null;

interface Props {
  trouble: Trouble;
  /** What the user wrote and did not get saved, kept after loading the newest draft. */
  leftover: { title: string | null; parts: PartDraft[] } | null;
  onLoadNewest: () => void;
  onReload: () => void;
  onDismissLeftover: () => void;
}

/**
 * Why a save did not go through, in plain words, and the way on. A colleague's newer save is
 * never overwritten; loading it keeps the user's own text on screen, so nothing is lost silently.
 */
export function SaveTrouble({ trouble, leftover, onLoadNewest, onReload, onDismissLeftover }: Props) {
  const { t } = useTranslation();
  const troubleRef = useRef<HTMLDivElement>(null);
  const leftoverRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (trouble) troubleRef.current?.focus();
  }, [trouble]);
  useEffect(() => {
    if (leftover) leftoverRef.current?.focus();
  }, [leftover]);

  return (
    <>
      {trouble && (
        <div ref={troubleRef} tabIndex={-1}>
          {trouble.kind === 'error' ? (
            <Alert variant="error">
              <p>{trouble.message}</p>
            </Alert>
          ) : trouble.kind === 'stale' ? (
            <Alert variant="warning" heading={t('narrative.editor.staleHeading')}>
              <p>{t('narrative.editor.stale')}</p>
              <button type="button" className="button button-secondary mt-4" onClick={onLoadNewest}>
                {t('narrative.editor.loadNewest')}
              </button>
            </Alert>
          ) : (
            <Alert variant="warning" heading={t('narrative.editor.goneHeading')}>
              <p>{t('narrative.editor.gone')}</p>
              <button type="button" className="button button-secondary mt-4" onClick={onReload}>
                {t('narrative.editor.reload')}
              </button>
            </Alert>
          )}
        </div>
      )}
      {leftover && (
        <section
          ref={leftoverRef}
          tabIndex={-1}
          className="aktion-narrative-leftover"
          aria-labelledby="narrative-leftover-heading"
        >
          <h2 id="narrative-leftover-heading">{t('narrative.editor.leftoverHeading')}</h2>
          <p>{t('narrative.editor.leftoverIntro')}</p>
          {leftover.title !== null && (
            <p>
              <strong>{t('narrative.editor.titleField')}:</strong> {leftover.title}
            </p>
          )}
          {leftover.parts.map((p) => (
            <div key={p.id} className="aktion-narrative-leftover-part">
              <h3 className="h4">{p.headline.trim() || t('narrative.editor.untitled')}</h3>
              {p.body.trim() && <p className="aktion-narrative-pre">{p.body}</p>}
              {p.forLeaders.trim() && (
                <p className="aktion-narrative-pre">
                  <strong>{t('narrative.editor.forLeaders')}:</strong> {p.forLeaders}
                </p>
              )}
              {p.principles.some((l) => l.trim()) && (
                <ul>
                  {p.principles
                    .filter((l) => l.trim())
                    .map((l) => (
                      <li key={l}>{l}</li>
                    ))}
                </ul>
              )}
            </div>
          ))}
          <button type="button" className="button button-secondary" onClick={onDismissLeftover}>
            {t('narrative.editor.leftoverDismiss')}
          </button>
        </section>
      )}
    </>
  );
}
