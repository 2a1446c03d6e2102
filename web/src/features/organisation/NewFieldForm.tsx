import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldRes } from '../../../../core/schemas/organisation.js';
import { createField } from '../../api/fields.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { TextField } from '../../components/TextField.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import { saveErrors } from './formErrors.js';

const ID = 'new-field-name';

export function NewFieldForm({ onAdded }: { onAdded: (field: FieldRes) => void }) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim())
      return form.show([{ id: ID, message: t('form.required', { field: t('fields.name') }) }]);
    setBusy(true);
    try {
      const field = await createField(name.trim());
      form.clear();
      setName('');
      onAdded(field);
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
          label={t('fields.name')}
          value={name}
          onChange={setName}
          error={form.errorFor(ID)}
          maxLength={80}
          autoComplete="off"
          required
        />
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('fields.add')}
        </button>
      </form>
    </>
  );
}
