import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { JournalEntryRes, WriteJournalEntryReq } from '../../../../core/schemas/action-projects.js';
import { deleteJournalEntry, editJournalEntry } from '../../api/actionLearning.js';
import { ConfirmBox } from '../../components/ConfirmBox.js';
import { formatDateTime } from '../../i18n/format.js';
import { messageOf } from '../organisation/labels.js';
import { EntryComments } from './EntryComments.js';
import { EntryFields } from './EntryFields.js';

interface Props {
  entry: JournalEntryRes;
  /** The author's name on an entry someone shared; undefined on my own. */
  authorName?: string;
  /** My own entry: I may edit, reshare or delete it. */
  inSet?: boolean;
  onChanged?: (entry: JournalEntryRes | null) => void;
  onNotice: (variant: 'success' | 'error', text: string) => void;
}

/** One journal entry: the words, the phase, who may read it, and its comments. */
export function EntryCard({ entry, authorName, inSet = false, onChanged, onNotice }: Props) {
  const { t, i18n } = useTranslation();
  const own = authorName === undefined;
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const headingId = `entry-${entry.id}`;
  const phase = t(`actionLearning.journal.phases.${entry.phase}`);

  const save = async (body: WriteJournalEntryReq) => {
    const saved = await editJournalEntry(entry.id, body);
    setEditing(false);
    onChanged?.(saved);
    onNotice('success', t('actionLearning.journal.updated'));
  };

  const remove = async () => {
    setBusy(true);
    try {
      await deleteJournalEntry(entry.id);
      onChanged?.(null);
      onNotice('success', t('actionLearning.journal.deleted'));
    } catch (err) {
      onNotice('error', messageOf(err));
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  return (
    <article className="aktion-entry" aria-labelledby={headingId}>
      <h4 id={headingId} className="h5 mb-0">
        {own ? phase : t('actionLearning.shared.entryBy', { name: authorName, phase })}
      </h4>
      <p className="form-hint mt-0">
        {t('actionLearning.journal.written_at', { date: formatDateTime(entry.createdAt, i18n.language) })}
        {' · '}
        {t(`actionLearning.journal.shareShort.${entry.share}`)}
      </p>
      {editing ? (
        <EntryFields
          idPrefix={`edit-${entry.id}`}
          initial={entry}
          inSet={inSet}
          submitLabel={t('actionLearning.journal.saveEdit')}
          onSubmit={save}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <p className="aktion-prewrap">{entry.body}</p>
      )}
      {own && !editing && (
        <div className="aktion-actions">
          <button type="button" className="button button-secondary" onClick={() => setEditing(true)}>
            {t('actionLearning.journal.edit')}
          </button>
          <Link className="button button-tertiary" to={`/indsigter/ny?kilde=journal_entry:${entry.id}`}>
            {t('actionLearning.makeInsight')}
          </Link>
          <button type="button" className="button button-tertiary" onClick={() => setConfirming(true)}>
            {t('actionLearning.journal.delete')}
          </button>
        </div>
      )}
      {confirming && (
        <ConfirmBox
          question={t('actionLearning.journal.deleteQuestion')}
          confirmLabel={t('actionLearning.journal.delete')}
          onConfirm={() => void remove()}
          onCancel={() => setConfirming(false)}
          busy={busy}
        />
      )}
      {(entry.share !== 'private' || entry.comments.length > 0) && (
        <EntryComments entryId={entry.id} comments={entry.comments} onNotice={onNotice} />
      )}
    </article>
  );
}
