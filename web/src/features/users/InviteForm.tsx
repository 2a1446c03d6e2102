import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Limits } from '../../../../core/limits.js';
import type { Role } from '../../../../core/roles.js';
import type { InvitationRes } from '../../../../core/schemas/users.js';
import { ApiError } from '../../api/client.js';
import { invite } from '../../api/users.js';
import { CheckboxGroup } from '../../components/CheckboxGroup.js';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary.js';
import { TextField } from '../../components/TextField.js';
import { serverFieldErrors, useFormErrors } from '../../components/useFormErrors.js';
import { useRoleOptions } from './roles.js';

const IDS = { email: 'invite-email', name: 'invite-name', roles: 'invite-roles' };

export function InviteForm({ onInvited }: { onInvited: (inv: InvitationRes) => void }) {
  const { t } = useTranslation();
  const options = useRoleOptions();
  const form = useFormErrors();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [roles, setRoles] = useState<Role[]>([]);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const errors: FieldError[] = [];
    if (!email.trim())
      errors.push({ id: IDS.email, message: t('form.required', { field: t('invite.email') }) });
    if (!name.trim()) errors.push({ id: IDS.name, message: t('form.required', { field: t('invite.name') }) });
    if (roles.length === 0) errors.push({ id: IDS.roles, message: t('form.chooseRole') });
    if (errors.length) return form.show(errors);
    setBusy(true);
    try {
      const inv = await invite({ email: email.trim(), name: name.trim(), roles });
      form.clear();
      setEmail('');
      setName('');
      setRoles([]);
      onInvited(inv);
    } catch (err) {
      if (err instanceof ApiError && Object.keys(err.fields).length > 0) {
        form.show(serverFieldErrors(err.fields, IDS, IDS.email));
      } else {
        form.show([{ id: IDS.email, message: err instanceof Error ? err.message : String(err) }]);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <p>{t('invite.intro')}</p>
      <ErrorSummary errors={form.errors} focusSignal={form.focusSignal} />
      <form onSubmit={submit} noValidate>
        <TextField
          id={IDS.email}
          label={t('invite.email')}
          type="email"
          autoComplete="off"
          value={email}
          onChange={setEmail}
          error={form.errorFor(IDS.email)}
          maxLength={Limits.emailMax}
          required
        />
        <TextField
          id={IDS.name}
          label={t('invite.name')}
          autoComplete="off"
          value={name}
          onChange={setName}
          error={form.errorFor(IDS.name)}
          maxLength={Limits.nameMax}
          required
        />
        <CheckboxGroup
          id={IDS.roles}
          legend={t('invite.roles')}
          options={options}
          values={roles}
          onChange={setRoles}
          error={form.errorFor(IDS.roles)}
        />
        <button type="submit" className="button button-primary mt-6" disabled={busy}>
          {t('invite.submit')}
        </button>
      </form>
    </>
  );
}
