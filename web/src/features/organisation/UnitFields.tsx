import { useTranslation } from 'react-i18next';
import { Limits } from '../../../../core/limits.js';
import type { UnitKind } from '../../../../core/organisation.js';
import { SelectField } from '../../components/SelectField.js';
import { TextField } from '../../components/TextField.js';
import { useKindOptions } from './labels.js';

export interface UnitValues {
  name: string;
  kind: UnitKind;
  /** '' for the top level. */
  parentId: string;
  externalId: string;
}

/** The field ids of a unit form; the request's field names map onto them. */
export function unitFieldIds(prefix: string) {
  return {
    name: `${prefix}-name`,
    kind: `${prefix}-kind`,
    parentId: `${prefix}-parent`,
    externalId: `${prefix}-external-id`,
    managerPersonId: `${prefix}-manager`,
  };
}

interface UnitFieldsProps {
  prefix: string;
  values: UnitValues;
  onChange: (values: UnitValues) => void;
  parentOptions: ReadonlyArray<{ value: string; label: string }>;
  errorFor: (id: string) => string | undefined;
}

/** Name, kind, parent and external id: the fields "Ny enhed" and "Redigér" share. */
export function UnitFields({ prefix, values, onChange, parentOptions, errorFor }: UnitFieldsProps) {
  const { t } = useTranslation();
  const kinds = useKindOptions();
  const ids = unitFieldIds(prefix);
  const set = (patch: Partial<UnitValues>) => onChange({ ...values, ...patch });
  return (
    <>
      <TextField
        id={ids.name}
        label={t('units.name')}
        value={values.name}
        onChange={(name) => set({ name })}
        error={errorFor(ids.name)}
        maxLength={Limits.nameMax}
        autoComplete="off"
        required
      />
      <SelectField
        id={ids.kind}
        label={t('units.kind')}
        value={values.kind}
        onChange={(kind) => set({ kind: kind as UnitKind })}
        options={kinds}
        error={errorFor(ids.kind)}
      />
      <SelectField
        id={ids.parentId}
        label={t('units.parent')}
        value={values.parentId}
        onChange={(parentId) => set({ parentId })}
        options={[{ value: '', label: t('units.noParent') }, ...parentOptions]}
        error={errorFor(ids.parentId)}
      />
      <TextField
        id={ids.externalId}
        label={t('units.externalId')}
        hint={t('units.externalIdHint')}
        value={values.externalId}
        onChange={(externalId) => set({ externalId })}
        error={errorFor(ids.externalId)}
        maxLength={100}
        autoComplete="off"
      />
    </>
  );
}
