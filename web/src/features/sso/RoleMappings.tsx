import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from '../../components/CheckboxGroup.js';
import { TextField } from '../../components/TextField.js';
import { useRoleOptions } from '../users/roles.js';
import { type MappingRow, mappingRolesId, mappingValueId, SSO_IDS } from './ssoForm.js';

interface RoleMappingsProps {
  rows: MappingRow[];
  onChange: (rows: MappingRow[]) => void;
  errorFor: (id: string) => string | undefined;
}

/** Rows of "members of this group get these roles", with add and remove. */
export function RoleMappings({ rows, onChange, errorFor }: RoleMappingsProps) {
  const { t } = useTranslation();
  const options = useRoleOptions();
  const addButton = useRef<HTMLButtonElement>(null);
  const focusRow = useRef<number | null>(null);

  // A new row: its value field takes focus.
  useEffect(() => {
    if (focusRow.current === null) return;
    document.getElementById(`sso-mapping-${focusRow.current}-value`)?.focus();
    focusRow.current = null;
  });

  const update = (key: number, change: Partial<MappingRow>) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
  const add = () => {
    const key = rows.reduce((max, r) => Math.max(max, r.key), -1) + 1;
    focusRow.current = key;
    onChange([...rows, { key, value: '', roles: [] }]);
  };
  const remove = (key: number) => {
    onChange(rows.filter((r) => r.key !== key));
    addButton.current?.focus();
  };

  return (
    <>
      {rows.length === 0 && <p>{t('sso.mappingsEmpty')}</p>}
      {rows.map((row, i) => (
        <fieldset key={row.key} className="aktion-mapping">
          <legend className="h4">{t('sso.mappingLegend', { n: i + 1 })}</legend>
          <TextField
            id={mappingValueId(row)}
            label={t('sso.mappingValue')}
            hint={t('sso.mappingValueHint')}
            value={row.value}
            onChange={(value) => update(row.key, { value })}
            error={errorFor(mappingValueId(row))}
            maxLength={200}
            verbatim
          />
          <CheckboxGroup
            id={mappingRolesId(row)}
            legend={t('sso.mappingRoles', { n: i + 1 })}
            options={options}
            values={row.roles}
            onChange={(roles) => update(row.key, { roles })}
            error={errorFor(mappingRolesId(row))}
          />
          <button type="button" className="button button-secondary mt-4" onClick={() => remove(row.key)}>
            {t('sso.removeMapping', { n: i + 1 })}
          </button>
        </fieldset>
      ))}
      <button
        ref={addButton}
        id={SSO_IDS.addMapping}
        type="button"
        className="button button-secondary mt-4"
        onClick={add}
      >
        {t('sso.addMapping')}
      </button>
    </>
  );
}
