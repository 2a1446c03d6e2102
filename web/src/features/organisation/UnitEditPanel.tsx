import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitRes } from '../../../../core/schemas/organisation.js';
import { updateUnit } from '../../api/units.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { SelectField } from '../../components/SelectField.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import { saveErrors } from './formErrors.js';
import { UnitEndButton } from './UnitEndButton.js';
import { UnitFields, type UnitValues, unitFieldIds } from './UnitFields.js';
import { endedUnits, subtreeOf, type UnitTree, unitOptions } from './unitTree.js';
import { useLeaders } from './useLeaders.js';

interface UnitEditPanelProps {
  unit: UnitRes;
  tree: UnitTree;
  onSaved: (unit: UnitRes, message: string) => void;
  onCancel: () => void;
}

/** "Redigér" for one unit: its fields, its manager, and closing or reopening it. */
export function UnitEditPanel({ unit, tree, onSaved, onCancel }: UnitEditPanelProps) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const prefix = `unit-${unit.id}`;
  const ids = unitFieldIds(prefix);
  const headingId = `${prefix}-heading`;
  const { leaders, error: leadersError } = useLeaders(unit.id);
  const [values, setValues] = useState<UnitValues>({
    name: unit.name,
    kind: unit.kind,
    parentId: unit.parentId ?? '',
    externalId: unit.externalId ?? '',
  });
  const [managerId, setManagerId] = useState(unit.manager?.id ?? '');
  const [busy, setBusy] = useState(false);

  // Not the unit itself nor a unit below it (that would make a loop), nor a closed unit.
  const exclude = new Set([...subtreeOf(tree, unit.id), ...endedUnits(tree)]);
  exclude.delete(unit.parentId ?? '');
  const managerOptions = [
    { value: '', label: t('units.noManagerOption') },
    ...(unit.manager && !leaders?.some((p) => p.id === unit.manager?.id)
      ? [{ value: unit.manager.id, label: unit.manager.name }]
      : []),
    ...(leaders ?? []).map((p) => ({ value: p.id, label: `${p.name} (${t(`levels.${p.level}`)})` })),
  ];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!values.name.trim()) {
      return form.show([{ id: ids.name, message: t('form.required', { field: t('units.name') }) }]);
    }
    setBusy(true);
    try {
      const saved = await updateUnit(unit.id, {
        name: values.name.trim(),
        kind: values.kind,
        parentId: values.parentId || null,
        externalId: values.externalId.trim() || null,
        managerPersonId: managerId || null,
      });
      onSaved(saved, t('units.saved', { name: saved.name }));
    } catch (err) {
      setBusy(false);
      form.show(saveErrors(err, ids, ids.name, ids.externalId));
    }
  };

  return (
    <div className="aktion-tree-panel">
      <h3 id={headingId} className="h4">
        {t('units.editHeading', { name: unit.name })}
      </h3>
      <ErrorSummary errors={form.errors} focusSignal={form.focusSignal} />
      <form onSubmit={submit} noValidate aria-labelledby={headingId}>
        <UnitFields
          prefix={prefix}
          values={values}
          onChange={setValues}
          parentOptions={unitOptions(tree, exclude)}
          errorFor={form.errorFor}
        />
        <SelectField
          id={ids.managerPersonId}
          label={t('units.managerField')}
          hint={leadersError ?? t('units.managerHint')}
          value={managerId}
          onChange={setManagerId}
          options={managerOptions}
          error={form.errorFor(ids.managerPersonId)}
        />
        <div className="aktion-actions mt-6">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('common.save')}
          </button>
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
      <UnitEndButton unit={unit} onSaved={onSaved} />
    </div>
  );
}
