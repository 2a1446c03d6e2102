import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../components/Page.js';
import { useSession } from '../auth/session.js';

export function HomePage() {
  const { t } = useTranslation();
  const { ready, me, organisation, roles } = useSession();
  return (
    <Page title={t('home.title')}>
      <p className="font-lead">{t('home.intro')}</p>
      <p>{t('home.how')}</p>
      {ready && !me && (
        <p>
          {t('home.loginPrompt')} <Link to="/login">{t('layout.login')}</Link>
        </p>
      )}
      {me && (
        <p>
          {t('home.welcomeUser', { name: me.user.name, organisation: organisation?.name ?? t('app.name') })}
        </p>
      )}
      {roles.includes('admin') && (
        <>
          <p>{t('home.adminIntro')}</p>
          <ul>
            <li>
              <Link to="/admin/brugere">{t('layout.users')}</Link>
            </li>
            <li>
              <Link to="/admin/single-sign-on">{t('layout.sso')}</Link>
            </li>
            <li>
              <Link to="/admin/log">{t('layout.auditLog')}</Link>
            </li>
          </ul>
        </>
      )}
    </Page>
  );
}
