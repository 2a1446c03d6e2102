import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonRes } from '../../../../core/schemas/organisation.js';
import type { UserRes } from '../../../../core/schemas/users.js';
import { ApiError } from '../../api/client.js';
import { createPerson, updatePerson } from '../../api/people.js';
import { listUsers } from '../../api/users.js';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import { saveErrors } from './formErrors.js';
import { PERSON_IDS, PersonFields, type PersonValues } from './PersonFields.js';
import { useFields } from './useFields.js';
import { useUnits } from './useUnits.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function initial(person: PersonRes | null): PersonValues {
  return {
    name: person?.name ?? '',
    email: person?.email ?? '',
    jobTitle: person?.jobTitle ?? '',
    unitId: person?.unit?.id ?? '',
    level: person?.level ?? 'medarbejder',
    fieldId: person?.field?.id ?? '',
    externalId: person?.externalId ?? '',
    userId: person?.user?.id ?? '',
  };
}

interface PersonFormProps {
  /** null creates a new person. */
  person: PersonRes | null;
  submitLabel: string;
  onSaved: (person: PersonRes) => void;
}

/** Create or edit a person (admin). */
export function PersonForm({ person, submitLabel, onSaved }: PersonFormProps) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const { tree } = useUnits();
  const { fields } = useFields();
  const [users, setUsers] = useState<UserRes[] | null>(null);
  const [values, setValues] = useState<PersonValues>(() => initial(person));
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    listUsers()
      .then(setUsers)
      .catch(() => setUsers([]));
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const errors: FieldError[] = [];
    if (!values.name.trim()) {
      errors.push({ id: PERSON_IDS.name, message: t('form.required', { field: t('person.name') }) });
    }
    if (values.email.trim() && !EMAIL.test(values.email.trim())) {
      errors.push({ id: PERSON_IDS.email, message: t('form.emailInvalid') });
    }
    if (errors.length) return form.show(errors);
    const body = {
      name: values.name.trim(),
      email: values.email.trim() || null,
      jobTitle: values.jobTitle.trim() || null,
      unitId: values.unitId || null,
      level: values.level,
      fieldId: values.fieldId || null,
      externalId: values.externalId.trim() || null,
      userId: values.userId || null,
    };
    setBusy(true);
    try {
      const saved = person ? await updatePerson(person.id, body) : await createPerson(body);
      form.clear();
      onSaved(saved);
    } catch (err) {
      // A conflict is a taken external id, or an account that belongs to someone else.
      const aboutAccount = err instanceof ApiError && /user|account|konto|bruger/i.test(err.reason ?? '');
      const conflictId = aboutAccount ? PERSON_IDS.userId : PERSON_IDS.externalId;
      form.show(saveErrors(err, PERSON_IDS, PERSON_IDS.name, conflictId));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <ErrorSummary errors={form.errors} focusSignal={form.focusSignal} />
      <form onSubmit={submit} noValidate>
        <PersonFields
          values={values}
          onChange={setValues}
          errorFor={form.errorFor}
          tree={tree}
          fields={fields}
          users={users}
          current={person ? { unit: person.unit, user: person.user } : undefined}
        />
        <button type="submit" className="button button-primary mt-6" disabled={busy}>
          {submitLabel}
        </button>
      </form>
    </>
  );
}
