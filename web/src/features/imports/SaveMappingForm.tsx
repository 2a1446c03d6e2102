import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnMapping, CsvKind } from '../../../../core/csv/templates.js';
import { saveImportMapping } from '../../api/imports.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { Notice, type NoticeMessage } from '../../components/Notice.js';
import { TextField } from '../../components/TextField.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import { saveErrors } from '../organisation/formErrors.js';

const ID = 'mapping-name';

/** "Gem opsætningen som …": saves the column mapping by name for the next file. */
export function SaveMappingForm(props: {
  kind: CsvKind;
  mapping: ColumnMapping;
  onSaved: (name: string) => void;
}) {
  const { kind, mapping, onSaved } = props;
  const { t } = useTranslation();
  const form = useFormErrors();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return form.show([{ id: ID, message: t('imports.mappingNameRequired') }]);
    setBusy(true);
    setNotice(null);
    try {
      const saved = await saveImportMapping({ kind, name: name.trim(), mapping });
      form.clear();
      setNotice({ variant: 'success', text: t('imports.mappingSaved', { name: saved.name }) });
      onSaved(saved.name);
    } catch (err) {
      form.show(saveErrors(err, { name: ID }, ID));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <ErrorSummary errors={form.errors} focusSignal={form.focusSignal} />
      <form onSubmit={submit} noValidate className="aktion-inline">
        <TextField
          id={ID}
          label={t('imports.mappingName')}
          hint={t('imports.mappingNameHint')}
          value={name}
          onChange={setName}
          error={form.errorFor(ID)}
          maxLength={100}
          autoComplete="off"
          required
        />
        <button type="submit" className="button button-secondary" disabled={busy}>
          {t('imports.saveMapping')}
        </button>
      </form>
      <Notice notice={notice} />
    </>
  );
}
