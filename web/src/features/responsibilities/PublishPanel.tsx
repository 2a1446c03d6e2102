import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatrixVersionRes } from '../../../../core/schemas/responsibilities.js';
import { ApiError } from '../../api/client.js';
import { deleteMatrixDraft, publishMatrixDraft } from '../../api/responsibilities.js';
import { Alert } from '../../components/Alert.js';
import { ConfirmBox } from '../../components/ConfirmBox.js';
import { messageOf } from '../organisation/labels.js';
import { type PlacedProblem, placeServerReasons } from './problems.js';
import { ProblemLink } from './ValidationPanel.js';

interface Props {
  version: MatrixVersionRes;
  dirty: boolean;
  errorCount: number;
  onPublished: (version: MatrixVersionRes) => void;
  onDeleted: () => void;
  /** The draft was published or deleted elsewhere. */
  onGone: () => void;
}

type Refusal = { message: string; reasons: PlacedProblem[] };

/**
 * Publish (after a confirm) or delete the draft. While the draft has unsaved changes or broken
 * rules the publish button says why it cannot, and the server's own reasons are shown if it refuses.
 */
export function PublishPanel({ version, dirty, errorCount, onPublished, onDeleted, onGone }: Props) {
  const { t } = useTranslation();
  const [confirm, setConfirm] = useState<'publish' | 'delete' | null>(null);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const reasonRef = useRef<HTMLParagraphElement>(null);
  const blocked = dirty
    ? t('responsibilities.editor.publish.blockedUnsaved')
    : errorCount > 0
      ? t('responsibilities.editor.publish.blockedErrors', { count: errorCount })
      : null;

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setRefusal(null);
    try {
      await action();
    } catch (err) {
      setConfirm(null);
      if (err instanceof ApiError && (err.status === 404 || err.reason === 'version_published')) onGone();
      else
        setRefusal({
          message: messageOf(err),
          reasons: err instanceof ApiError ? placeServerReasons(version.document, err.fields) : [],
        });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="matrix-publish-heading" className="mt-8">
      <h2 id="matrix-publish-heading">{t('responsibilities.editor.publish.heading')}</h2>
      <p>{t('responsibilities.editor.publish.intro')}</p>
      {refusal && (
        <Alert variant="error" heading={t('responsibilities.editor.publish.refused')} headingLevel={3}>
          <p>{refusal.message}</p>
          {refusal.reasons.length > 0 && (
            <ul className="nobullet-list">
              {refusal.reasons.map((r) => (
                <li key={`${r.id}:${r.message}`}>
                  <ProblemLink problem={r} />
                </li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      {confirm === 'publish' ? (
        <ConfirmBox
          question={t('responsibilities.editor.publish.question', { version: version.version })}
          confirmLabel={t('responsibilities.editor.publish.confirm')}
          busy={busy}
          onConfirm={() =>
            void run(async () => onPublished(await publishMatrixDraft(version.id, version.revision)))
          }
          onCancel={() => setConfirm(null)}
        />
      ) : confirm === 'delete' ? (
        <ConfirmBox
          question={t('responsibilities.editor.remove.question')}
          confirmLabel={t('responsibilities.editor.remove.confirm')}
          busy={busy}
          onConfirm={() =>
            void run(async () => {
              await deleteMatrixDraft(version.id);
              onDeleted();
            })
          }
          onCancel={() => setConfirm(null)}
        />
      ) : (
        <>
          {blocked && (
            <p id="matrix-publish-blocked" ref={reasonRef} tabIndex={-1}>
              <strong>{blocked}</strong>
            </p>
          )}
          <div className="aktion-actions">
            {/* Not `disabled`: the button stays reachable, and pressing it points to the reason. */}
            <button
              type="button"
              className={blocked ? 'button button-primary disabled' : 'button button-primary'}
              aria-disabled={blocked ? true : undefined}
              aria-describedby={blocked ? 'matrix-publish-blocked' : undefined}
              onClick={() => (blocked ? reasonRef.current?.focus() : setConfirm('publish'))}
            >
              {t('responsibilities.editor.publish.button')}
            </button>
            <button type="button" className="button button-tertiary" onClick={() => setConfirm('delete')}>
              {t('responsibilities.editor.remove.button')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
