import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Limits } from '../../../../core/limits.js';
import { TextField } from '../../components/TextField.js';
import { type ContactField, type ContactRow, contactId, EVENT_IDS, emptyContact } from './eventForm.js';

interface ContactRowsProps {
  rows: ContactRow[];
  onChange: (rows: ContactRow[]) => void;
  errorFor: (id: string) => string | undefined;
}

const FIELDS: ReadonlyArray<{
  field: ContactField;
  label: 'contactName' | 'contactTitle' | 'contactUnit' | 'contactPhone' | 'contactEmail';
  max: number;
  type?: 'tel' | 'email';
  width?: string;
}> = [
  { field: 'name', label: 'contactName', max: Limits.nameMax },
  { field: 'title', label: 'contactTitle', max: 200 },
  { field: 'unit', label: 'contactUnit', max: 200 },
  { field: 'phone', label: 'contactPhone', max: 40, type: 'tel', width: 'input-width-m' },
  { field: 'email', label: 'contactEmail', max: Limits.emailMax, type: 'email' },
];

/** Contact persons as rows with add and remove (at most 10). */
export function ContactRows({ rows, onChange, errorFor }: ContactRowsProps) {
  const { t } = useTranslation();
  const addButton = useRef<HTMLButtonElement>(null);
  const focusRow = useRef<number | null>(null);

  // A new row: its name field takes focus.
  useEffect(() => {
    if (focusRow.current === null) return;
    document.getElementById(`event-contact-${focusRow.current}-name`)?.focus();
    focusRow.current = null;
  });

  const update = (key: number, change: Partial<ContactRow>) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
  const add = () => {
    const key = rows.reduce((max, r) => Math.max(max, r.key), -1) + 1;
    focusRow.current = key;
    onChange([...rows, emptyContact(key)]);
  };
  const remove = (key: number) => {
    onChange(rows.filter((r) => r.key !== key));
    addButton.current?.focus();
  };

  return (
    <>
      {rows.length === 0 && <p>{t('eventForm.contactsEmpty')}</p>}
      {rows.map((row, i) => (
        <fieldset key={row.key} className="aktion-mapping">
          <legend className="h4">{t('eventForm.contactLegend', { n: i + 1 })}</legend>
          {FIELDS.map(({ field, label, max, type, width }) => (
            <TextField
              key={field}
              id={contactId(row, field)}
              label={t(`eventForm.${label}`)}
              type={type}
              value={row[field]}
              onChange={(value) => update(row.key, { [field]: value })}
              error={errorFor(contactId(row, field))}
              maxLength={max}
              inputClassName={width}
              autoComplete="off"
              verbatim={type === 'email'}
              required={field === 'name'}
            />
          ))}
          <button type="button" className="button button-secondary mt-4" onClick={() => remove(row.key)}>
            {t('eventForm.removeContact', { n: i + 1 })}
          </button>
        </fieldset>
      ))}
      {rows.length < 10 && (
        <button
          ref={addButton}
          id={EVENT_IDS.addContact}
          type="button"
          className="button button-secondary mt-4"
          onClick={add}
        >
          {t('eventForm.addContact')}
        </button>
      )}
    </>
  );
}
