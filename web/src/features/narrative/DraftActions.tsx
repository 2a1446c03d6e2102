import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NarrativeVersionRes } from '../../../../core/schemas/narrative.js';
import { ApiError } from '../../api/client.js';
import { deleteNarrativeDraft, publishNarrativeDraft } from '../../api/narrative.js';
import { Alert } from '../../components/Alert.js';
import { ConfirmBox } from '../../components/ConfirmBox.js';

interface Props {
  version: NarrativeVersionRes;
  /** The revision the editor shows: publishing puts out exactly that, or nothing. */
  revision: number;
  /** Unsaved changes: publishing would leave them out, so it waits for a save. */
  dirty: boolean;
  onPublished: (version: NarrativeVersionRes) => void;
  onDeleted: () => void;
  onGone: () => void;
  /** Someone saved since the editor loaded: nothing was published; the editor offers the newest. */
  onStale: () => void;
}

/** Publish the saved draft (for good) or delete it; both ask first, and refusals say why. */
export function DraftActions({ version, revision, dirty, onPublished, onDeleted, onGone, onStale }: Props) {
  const { t } = useTranslation();
  const [confirm, setConfirm] = useState<'publish' | 'delete' | null>(null);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<{ message: string; reasons: string[] } | null>(null);
  const publishButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const v = { version: version.version };

  const cancel = () => {
    const back = confirm === 'publish' ? publishButton : deleteButton;
    setConfirm(null);
    requestAnimationFrame(() => back.current?.focus());
  };

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setRefusal(null);
    try {
      await action();
    } catch (err) {
      setConfirm(null);
      if (err instanceof ApiError && (err.status === 404 || err.reason === 'version_published')) onGone();
      else if (err instanceof ApiError && err.reason === 'stale_edit') onStale();
      else if (err instanceof ApiError)
        setRefusal({ message: err.message, reasons: Object.values(err.fields) });
      else setRefusal({ message: String(err), reasons: [] });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="narrative-publish-heading" className="mt-8">
      <h2 id="narrative-publish-heading">{t('narrative.editor.publishHeading')}</h2>
      <p>{t('narrative.editor.publishIntro')}</p>
      {refusal && (
        <Alert variant="error" heading={t('narrative.editor.refusedHeading')}>
          <p>{refusal.message}</p>
          {refusal.reasons.length > 0 && (
            <ul>
              {refusal.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      {dirty && (
        <p>
          <strong>{t('narrative.editor.publishUnsaved')}</strong>
        </p>
      )}
      <div className="aktion-actions">
        <button
          ref={publishButton}
          type="button"
          className="button button-primary"
          disabled={dirty}
          onClick={() => setConfirm('publish')}
        >
          {t('narrative.editor.publish', v)}
        </button>
        <button
          ref={deleteButton}
          type="button"
          className="button button-secondary"
          onClick={() => setConfirm('delete')}
        >
          {t('narrative.editor.deleteDraft')}
        </button>
      </div>
      {confirm === 'publish' && (
        <ConfirmBox
          question={t('narrative.editor.publishQuestion', v)}
          confirmLabel={t('narrative.editor.publishConfirm')}
          busy={busy}
          onConfirm={() =>
            void run(async () => onPublished(await publishNarrativeDraft(version.id, revision)))
          }
          onCancel={cancel}
        />
      )}
      {confirm === 'delete' && (
        <ConfirmBox
          question={t('narrative.editor.deleteQuestion', v)}
          confirmLabel={t('narrative.editor.deleteConfirm')}
          busy={busy}
          onConfirm={() =>
            void run(async () => {
              await deleteNarrativeDraft(version.id);
              onDeleted();
            })
          }
          onCancel={cancel}
        />
      )}
    </section>
  );
}
