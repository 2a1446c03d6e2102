import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../core/roles.js';
import type { UserRes } from '../../../../core/schemas/users.js';
import { updateRoles } from '../../api/users.js';
import { CheckboxGroup } from '../../components/CheckboxGroup.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import { useRoleOptions } from './roles.js';

interface RoleEditorProps {
  user: UserRes;
  onSaved: (user: UserRes) => void;
  onCancel: () => void;
}

export function RoleEditor({ user, onSaved, onCancel }: RoleEditorProps) {
  const { t } = useTranslation();
  const options = useRoleOptions();
  const form = useFormErrors();
  const [roles, setRoles] = useState<Role[]>([...user.roles]);
  const [busy, setBusy] = useState(false);
  const fieldId = `roles-${user.id}`;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (roles.length === 0) return form.show([{ id: fieldId, message: t('form.chooseRole') }]);
    setBusy(true);
    try {
      onSaved(await updateRoles(user.id, roles));
    } catch (err) {
      setBusy(false);
      form.show([{ id: fieldId, message: err instanceof Error ? err.message : String(err) }]);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={form.errors} focusSignal={form.focusSignal} />
      <CheckboxGroup
        id={fieldId}
        legend={t('users.editRolesFor', { name: user.name })}
        options={options}
        values={roles}
        onChange={setRoles}
        error={form.errorFor(fieldId)}
      />
      <div className="aktion-actions mt-4">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('common.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
