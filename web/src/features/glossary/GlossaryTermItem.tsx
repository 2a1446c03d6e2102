import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryTermRes } from '../../../../core/schemas/glossary.js';
import { deleteGlossaryTerm } from '../../api/glossary.js';
import { ConfirmBox } from '../../components/ConfirmBox.js';
import { Icon } from '../../components/Icon.js';
import { GlossaryTermForm } from './GlossaryTermForm.js';

interface GlossaryTermItemProps {
  term: GlossaryTermRes;
  canEdit: boolean;
  onSaved: (saved: GlossaryTermRes) => void;
  onDeleted: (term: GlossaryTermRes) => void;
  onFailed: (err: unknown) => void;
}

/** One term with its explanation; administrators edit it in place or delete it after a question. */
export function GlossaryTermItem({ term, canEdit, onSaved, onDeleted, onFailed }: GlossaryTermItemProps) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'view' | 'edit' | 'delete'>('view');
  const [busy, setBusy] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const back = (to: 'edit' | 'delete') => {
    setMode('view');
    // The buttons are back after the re-render.
    window.setTimeout(() => (to === 'edit' ? editButton : deleteButton).current?.focus());
  };

  const remove = async () => {
    setBusy(true);
    try {
      await deleteGlossaryTerm(term.id);
      onDeleted(term);
    } catch (err) {
      setBusy(false);
      back('delete');
      onFailed(err);
    }
  };

  return (
    <div className="aktion-glossary-term">
      <dt>
        <strong>{term.term}</strong>
        {term.variants.length > 0 && (
          <span className="aktion-line small-text">
            {t('glossary.variants', { variants: term.variants.join(', ') })}
          </span>
        )}
      </dt>
      <dd>
        <p className="aktion-plain-text">{term.explanation}</p>
        {canEdit && term.unexplainedTerms.length > 0 && (
          <p className="aktion-glossary-warning">
            <Icon name="warning" className="aktion-inline-icon" />
            {t('glossary.warning', { terms: term.unexplainedTerms.join(', ') })}
          </p>
        )}
        {canEdit && mode === 'view' && (
          <div className="aktion-actions">
            <button
              ref={editButton}
              type="button"
              className="button button-secondary"
              onClick={() => {
                setMode('edit');
                window.setTimeout(() => document.getElementById(`glossary-${term.id}-term`)?.focus());
              }}
            >
              {t('glossary.edit')}
              <span className="sr-only"> {term.term}</span>
            </button>
            <button
              ref={deleteButton}
              type="button"
              className="button button-tertiary"
              onClick={() => setMode('delete')}
            >
              {t('glossary.delete')}
              <span className="sr-only"> {term.term}</span>
            </button>
          </div>
        )}
        {mode === 'edit' && (
          <GlossaryTermForm
            term={term}
            onSaved={(saved) => {
              back('edit');
              onSaved(saved);
            }}
            onCancel={() => back('edit')}
          />
        )}
        {mode === 'delete' && (
          <ConfirmBox
            question={t('glossary.deleteQuestion', { term: term.term })}
            confirmLabel={t('glossary.deleteConfirm')}
            busy={busy}
            onConfirm={() => void remove()}
            onCancel={() => back('delete')}
          />
        )}
      </dd>
    </div>
  );
}
