import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import type { Role } from '../../../../core/roles.js';
import { Page } from '../../components/Page.js';
import { useSession } from './session.js';

interface RequireRoleProps {
  /** Without a role, any logged-in user may see the page; with several, any one of them will do. */
  requires?: Role | readonly Role[];
  children: ReactNode;
}

/** Logged out → /login?next=… (or ?logget-ud=1 after a logout here); without the role → "Du har ikke adgang". */
export function RequireRole({ requires, children }: RequireRoleProps) {
  const { ready, me, loggedOut, roles } = useSession();
  const location = useLocation();
  const { t } = useTranslation();
  if (!ready) return <p>{t('common.loading')}</p>;
  if (!me) {
    // Logged out on this page: to the login page, which says so (not back here after the next login).
    if (loggedOut) return <Navigate to="/login?logget-ud=1" replace />;
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  if (requires && !hasAnyRole(roles, requires)) return <NoAccessPage />;
  return <>{children}</>;
}

export function hasAnyRole(roles: readonly Role[], wanted: Role | readonly Role[]): boolean {
  return typeof wanted === 'string' ? roles.includes(wanted) : wanted.some((r) => roles.includes(r));
}

export function NoAccessPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('noAccess.title')}>
      <p>{t('noAccess.text')}</p>
    </Page>
  );
}
