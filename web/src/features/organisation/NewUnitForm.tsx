import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitRes } from '../../../../core/schemas/organisation.js';
import { createUnit } from '../../api/units.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import { saveErrors } from './formErrors.js';
import { UnitFields, type UnitValues, unitFieldIds } from './UnitFields.js';
import { endedUnits, type UnitTree, unitOptions } from './unitTree.js';

const EMPTY: UnitValues = { name: '', kind: 'afdeling', parentId: '', externalId: '' };
const IDS = unitFieldIds('new-unit');

interface NewUnitFormProps {
  tree: UnitTree;
  onCreated: (unit: UnitRes) => void;
}

export function NewUnitForm({ tree, onCreated }: NewUnitFormProps) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const [values, setValues] = useState<UnitValues>(EMPTY);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!values.name.trim()) {
      return form.show([{ id: IDS.name, message: t('form.required', { field: t('units.name') }) }]);
    }
    setBusy(true);
    try {
      const unit = await createUnit({
        name: values.name.trim(),
        kind: values.kind,
        parentId: values.parentId || null,
        externalId: values.externalId.trim() || null,
      });
      form.clear();
      // Keep the parent, so several units can be added under the same one.
      setValues({ ...EMPTY, parentId: values.parentId, kind: values.kind });
      onCreated(unit);
    } catch (err) {
      form.show(saveErrors(err, IDS, IDS.name, IDS.externalId));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <p>{t('units.newIntro')}</p>
      <ErrorSummary errors={form.errors} focusSignal={form.focusSignal} />
      <form onSubmit={submit} noValidate>
        <UnitFields
          prefix="new-unit"
          values={values}
          onChange={setValues}
          parentOptions={unitOptions(tree, endedUnits(tree))}
          errorFor={form.errorFor}
        />
        <button type="submit" className="button button-primary mt-6" disabled={busy}>
          {t('units.create')}
        </button>
      </form>
    </>
  );
}
