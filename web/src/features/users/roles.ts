import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../../core/roles.js';

/** The roles as checkbox options, labelled in the current language. */
export function useRoleOptions(): ReadonlyArray<{ value: Role; label: string }> {
  const { t } = useTranslation();
  return ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }));
}

export function useRoleList(): (roles: readonly Role[]) => string {
  const { t } = useTranslation();
  return (roles) => (roles.length ? roles.map((r) => t(`roles.${r}`)).join(', ') : t('common.none'));
}
