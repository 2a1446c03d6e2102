import { useTranslation } from 'react-i18next';
import { Limits } from '../../../../core/limits.js';
import type { Level } from '../../../../core/organisation.js';
import type { FieldRes } from '../../../../core/schemas/organisation.js';
import type { UserRes } from '../../../../core/schemas/users.js';
import { SelectField } from '../../components/SelectField.js';
import { TextField } from '../../components/TextField.js';
import { useLevelOptions } from './labels.js';
import { type UnitTree, unitOptions } from './unitTree.js';
import { fieldOptions } from './useFields.js';

export interface PersonValues {
  name: string;
  email: string;
  jobTitle: string;
  unitId: string;
  level: Level;
  fieldId: string;
  externalId: string;
  userId: string;
}

/** The form's field ids by the request's field names, so server errors land on the right field. */
export const PERSON_IDS = {
  name: 'person-name',
  email: 'person-email',
  jobTitle: 'person-job-title',
  unitId: 'person-unit',
  level: 'person-level',
  fieldId: 'person-field',
  externalId: 'person-external-id',
  userId: 'person-account',
};

interface PersonFieldsProps {
  values: PersonValues;
  onChange: (values: PersonValues) => void;
  errorFor: (id: string) => string | undefined;
  tree: UnitTree;
  fields: readonly FieldRes[] | null;
  users: readonly UserRes[] | null;
  /** What the person has now, shown even when no longer on offer (a closed unit, an archived field). */
  current?: { unit: { id: string; name: string } | null; user: { id: string; email: string } | null };
}

export function PersonFields({
  values,
  onChange,
  errorFor,
  tree,
  fields,
  users,
  current,
}: PersonFieldsProps) {
  const { t } = useTranslation();
  const levels = useLevelOptions();
  const set = (patch: Partial<PersonValues>) => onChange({ ...values, ...patch });
  const units = unitOptions(tree);
  if (current?.unit && !units.some((o) => o.value === current.unit?.id)) {
    units.push({ value: current.unit.id, label: current.unit.name });
  }
  const accounts = (users ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.email})` }));
  if (current?.user && !accounts.some((o) => o.value === current.user?.id)) {
    accounts.push({ value: current.user.id, label: current.user.email });
  }
  const text = (
    id: keyof PersonValues,
    label: string,
    max: number,
    extra: { type?: 'email'; hint?: string } = {},
  ) => (
    <TextField
      id={PERSON_IDS[id]}
      label={label}
      value={values[id]}
      onChange={(v) => set({ [id]: v })}
      error={errorFor(PERSON_IDS[id])}
      maxLength={max}
      autoComplete="off"
      required={id === 'name'}
      {...extra}
    />
  );

  return (
    <>
      {text('name', t('person.name'), Limits.nameMax)}
      {text('email', t('person.email'), Limits.emailMax, { type: 'email' })}
      {text('jobTitle', t('person.jobTitle'), 200)}
      <SelectField
        id={PERSON_IDS.unitId}
        label={t('person.unit')}
        value={values.unitId}
        onChange={(unitId) => set({ unitId })}
        options={[{ value: '', label: t('person.noUnit') }, ...units]}
        error={errorFor(PERSON_IDS.unitId)}
      />
      <SelectField
        id={PERSON_IDS.level}
        label={t('person.level')}
        value={values.level}
        onChange={(level) => set({ level: level as Level })}
        options={levels}
        error={errorFor(PERSON_IDS.level)}
      />
      <SelectField
        id={PERSON_IDS.fieldId}
        label={t('person.field')}
        value={values.fieldId}
        onChange={(fieldId) => set({ fieldId })}
        options={[
          { value: '', label: t('person.noField') },
          ...fieldOptions(fields, (name) => t('people.archivedField', { name }), values.fieldId),
        ]}
        error={errorFor(PERSON_IDS.fieldId)}
      />
      {text('externalId', t('person.externalId'), 100, { hint: t('person.externalIdHint') })}
      <SelectField
        id={PERSON_IDS.userId}
        label={t('person.account')}
        hint={t('person.accountHint')}
        value={values.userId}
        onChange={(userId) => set({ userId })}
        options={[{ value: '', label: t('person.noAccount') }, ...accounts]}
        error={errorFor(PERSON_IDS.userId)}
      />
    </>
  );
}
