import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LEADER_LEVELS } from '../../../../core/organisation.js';
import type { FieldRes } from '../../../../core/schemas/organisation.js';
import type { PersonStatus } from '../../api/people.js';
import { CheckboxField } from '../../components/CheckboxField.js';
import { CheckboxGroup } from '../../components/CheckboxGroup.js';
import { RadioGroup } from '../../components/RadioGroup.js';
import { SelectField } from '../../components/SelectField.js';
import { TextField } from '../../components/TextField.js';
import { useLevelOptions } from './labels.js';
import type { PeopleFilterValues } from './peopleFilters.js';
import { type UnitTree, unitOptions } from './unitTree.js';
import { fieldOptions } from './useFields.js';

interface Props {
  value: PeopleFilterValues;
  tree: UnitTree;
  fields: readonly FieldRes[] | null;
  onApply: (values: PeopleFilterValues) => void;
  /** Leave out the status choice (where only active people are offered) and name the button. */
  activeOnly?: { applyLabel: string };
}

/** The people filter; applied with "Vis" (or "Kun ledere"), never on each keystroke. */
export function PeopleFiltersForm({ value, tree, fields, onApply, activeOnly }: Props) {
  const { t } = useTranslation();
  const levelOptions = useLevelOptions();
  const [values, setValues] = useState<PeopleFilterValues>(value);
  const set = (patch: Partial<PeopleFilterValues>) => setValues((v) => ({ ...v, ...patch }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply(values);
  };
  const onlyLeaders = () => {
    const next = { ...values, levels: [...LEADER_LEVELS] };
    setValues(next);
    onApply(next);
  };

  const statusOptions: ReadonlyArray<{ value: PersonStatus; label: string }> = [
    { value: 'active', label: t('people.statusActive') },
    { value: 'left', label: t('people.statusLeft') },
    { value: 'all', label: t('people.statusAll') },
  ];

  return (
    <form onSubmit={submit} noValidate aria-labelledby="people-filters-heading" className="aktion-filters">
      <h2 id="people-filters-heading" className="h3">
        {t('people.filters')}
      </h2>
      <div className="aktion-inline">
        <SelectField
          id="people-unit"
          label={t('people.unit')}
          value={values.unitId}
          onChange={(unitId) => set({ unitId })}
          options={[{ value: '', label: t('people.allUnits') }, ...unitOptions(tree)]}
        />
        <SelectField
          id="people-field"
          label={t('people.field')}
          value={values.fieldId}
          onChange={(fieldId) => set({ fieldId })}
          options={[
            { value: '', label: t('people.allFields') },
            ...fieldOptions(fields, (name) => t('people.archivedField', { name })),
          ]}
        />
        <TextField
          id="people-q"
          label={t('people.search')}
          value={values.q}
          onChange={(q) => set({ q })}
          autoComplete="off"
          maxLength={100}
        />
      </div>
      <div className="mt-4">
        <CheckboxField
          id="people-include-subunits"
          label={t('people.includeSubunits')}
          checked={values.includeSubunits}
          onChange={(includeSubunits) => set({ includeSubunits })}
        />
      </div>
      <div className="aktion-filter-groups">
        <div>
          <CheckboxGroup
            id="people-level"
            legend={t('people.level')}
            options={levelOptions}
            values={values.levels}
            onChange={(levels) => set({ levels })}
          />
          <button type="button" className="button button-tertiary mt-3" onClick={onlyLeaders}>
            {t('people.onlyLeaders')}
          </button>
        </div>
        {!activeOnly && (
          <RadioGroup
            id="people-status"
            legend={t('people.status')}
            options={statusOptions}
            value={values.status}
            onChange={(status) => set({ status })}
          />
        )}
      </div>
      <button type="submit" className="button button-primary mt-6">
        {activeOnly?.applyLabel ?? t('people.apply')}
      </button>
    </form>
  );
}
