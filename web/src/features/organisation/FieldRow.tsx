import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldRes } from '../../../../core/schemas/organisation.js';
import { updateField } from '../../api/fields.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import type { NoticeMessage } from '../../components/Notice.js';
import { TextField } from '../../components/TextField.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import { saveErrors } from './formErrors.js';
import { messageOf } from './labels.js';

interface FieldRowProps {
  field: FieldRes;
  onChanged: (field: FieldRes) => void;
  onNotice: (notice: NoticeMessage) => void;
}

export function FieldRow({ field, onChanged, onNotice }: FieldRowProps) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(field.name);
  const [busy, setBusy] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const archiveButton = useRef<HTMLButtonElement>(null);
  const inputId = `field-name-${field.id}`;
  const editorId = `field-editor-${field.id}`;
  const forName = <span className="sr-only"> – {field.name}</span>;

  const rename = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim())
      return form.show([{ id: inputId, message: t('form.required', { field: t('fields.name') }) }]);
    setBusy(true);
    try {
      const saved = await updateField(field.id, { name: name.trim() });
      onChanged(saved);
      setRenaming(false);
      onNotice({ variant: 'success', text: t('fields.renamed', { name: saved.name }) });
      renameButton.current?.focus();
    } catch (err) {
      form.show(saveErrors(err, { name: inputId }, inputId));
    } finally {
      setBusy(false);
    }
  };

  const toggleArchived = async () => {
    setBusy(true);
    try {
      const saved = await updateField(field.id, { archived: !field.archived });
      onChanged(saved);
      const key = saved.archived ? 'fields.archived_done' : 'fields.unarchived_done';
      onNotice({ variant: 'success', text: t(key, { name: saved.name }) });
    } catch (err) {
      onNotice({ variant: 'error', text: messageOf(err) });
    } finally {
      setBusy(false);
      archiveButton.current?.focus();
    }
  };

  return (
    <>
      <tr>
        <td>{field.name}</td>
        <td>{field.archived ? t('fields.archived') : t('fields.inUse')}</td>
        <td>
          <div className="aktion-actions">
            <button
              ref={renameButton}
              type="button"
              className="button button-secondary"
              aria-expanded={renaming}
              aria-controls={renaming ? editorId : undefined}
              onClick={() => {
                setName(field.name);
                form.clear();
                setRenaming((v) => !v);
              }}
            >
              {t('fields.rename')}
              {forName}
            </button>
            <button
              ref={archiveButton}
              type="button"
              className="button button-secondary"
              onClick={() => void toggleArchived()}
              disabled={busy}
            >
              {field.archived ? t('fields.unarchive') : t('fields.archive')}
              {forName}
            </button>
          </div>
        </td>
      </tr>
      {renaming && (
        <tr>
          <td colSpan={3} id={editorId}>
            <ErrorSummary errors={form.errors} focusSignal={form.focusSignal} />
            <form onSubmit={rename} noValidate className="aktion-inline">
              <TextField
                id={inputId}
                label={t('fields.newName', { name: field.name })}
                value={name}
                onChange={setName}
                error={form.errorFor(inputId)}
                maxLength={80}
                autoComplete="off"
                required
              />
              <button type="submit" className="button button-primary" disabled={busy}>
                {t('common.save')}
              </button>
              <button
                type="button"
                className="button button-secondary"
                onClick={() => {
                  setRenaming(false);
                  renameButton.current?.focus();
                }}
              >
                {t('common.cancel')}
              </button>
            </form>
          </td>
        </tr>
      )}
    </>
  );
}
