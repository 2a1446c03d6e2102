import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionLearningLimits, type JournalCommentRes } from '../../../../core/schemas/action-projects.js';
import { commentOnEntry } from '../../api/actionLearning.js';
import { TextAreaField } from '../../components/TextAreaField.js';
import { formatDateTime } from '../../i18n/format.js';
import { messageOf } from '../organisation/labels.js';

interface Props {
  entryId: string;
  comments: JournalCommentRes[];
  /** Tells the page what happened, for its live region. */
  onNotice: (variant: 'success' | 'error', text: string) => void;
}

/** The comments on one entry, oldest first, and a field to add one. */
export function EntryComments({ entryId, comments: initial, onNotice }: Props) {
  const { t, i18n } = useTranslation();
  const [comments, setComments] = useState(initial);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  // The field opens on request, so a long list of shared entries stays short to scan.
  const [open, setOpen] = useState(false);
  const fieldId = `comment-${entryId}`;
  useEffect(() => {
    if (open) document.getElementById(fieldId)?.focus();
  }, [open, fieldId]);

  const send = async (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return setError(t('actionLearning.journal.commentRequired'));
    setBusy(true);
    try {
      const created = await commentOnEntry(entryId, text.trim());
      setComments((list) => [...list, created]);
      setText('');
      setError(undefined);
      onNotice('success', t('actionLearning.journal.commented'));
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="aktion-comments">
      {comments.length > 0 && (
        <>
          <h4 className="h6">{t('actionLearning.journal.comments')}</h4>
          <ul className="nobullet-list">
            {comments.map((c) => (
              <li key={c.id} className="aktion-comment">
                <p className="mb-0">
                  <strong>{c.authorName}</strong>{' '}
                  <span className="form-hint">{formatDateTime(c.createdAt, i18n.language)}</span>
                </p>
                <p className="mt-0 aktion-prewrap">{c.body}</p>
              </li>
            ))}
          </ul>
        </>
      )}
      {open ? (
        <form onSubmit={send} noValidate>
          <TextAreaField
            id={fieldId}
            label={t('actionLearning.journal.comment')}
            hint={t('actionLearning.journal.commentHint')}
            value={text}
            onChange={setText}
            error={error}
            rows={2}
            maxLength={ActionLearningLimits.commentMax}
          />
          <div className="aktion-actions">
            <button type="submit" className="button button-secondary" disabled={busy}>
              {t('actionLearning.journal.sendComment')}
            </button>
            <button type="button" className="button button-tertiary" onClick={() => setOpen(false)}>
              {t('actionLearning.journal.cancelEdit')}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
          {t('actionLearning.journal.comment')}
        </button>
      )}
    </div>
  );
}
