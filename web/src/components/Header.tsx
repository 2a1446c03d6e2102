import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';
import type { Locale } from '../../../core/schemas/common.js';
import { Icon } from './Icon.js';

export interface NavItem {
  to: string;
  label: string;
}

interface HeaderProps {
  title: string;
  nav: readonly NavItem[];
  userName: string | null;
  /** A link to the signed-in person's own settings, shown by their name. */
  accountLink?: NavItem;
  onLogout: () => void;
  language: Locale;
  onLanguage: (locale: Locale) => void;
  /** The organisation switcher, when the user belongs to several organisations. */
  organisationSwitcher?: ReactNode;
}

const LANGUAGES: ReadonlyArray<{ code: Locale; name: string }> = [
  { code: 'da', name: 'Dansk' },
  { code: 'en', name: 'English' },
];

/** DKFDS header: portal line (language, user, log in/out), solution name, main menu. */
export function Header(props: HeaderProps) {
  const { title, nav, userName, accountLink, onLogout, language, onLanguage, organisationSwitcher } = props;
  const { t } = useTranslation();
  const { pathname } = useLocation();
  // The current item is the longest one the address starts with (/organisation/personer/1 → "Personer").
  const matches = (to: string) =>
    to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);
  const current = nav.filter((item) => matches(item.to)).sort((a, b) => b.to.length - a.to.length)[0]?.to;
  const isCurrent = (to: string) => to === current;

  return (
    <header className="header">
      <div className="portal-info">
        <div className="portal-info-inner container">
          <ul className="aktion-language nobullet-list" aria-label={t('layout.chooseLanguage')}>
            {LANGUAGES.map((l) => (
              <li key={l.code}>
                <button
                  type="button"
                  className="function-link"
                  lang={l.code}
                  aria-pressed={language === l.code}
                  onClick={() => onLanguage(l.code)}
                >
                  {language === l.code && <Icon name="check" />}
                  {l.name}
                </button>
              </li>
            ))}
          </ul>
          <div className="portal-user aktion-portal-user">
            {userName ? (
              <>
                <p className="user">
                  <span className="sr-only">{t('layout.loggedInAs', { name: '' })}</span>
                  {userName}
                </p>
                {accountLink && (
                  <Link
                    className="function-link"
                    to={accountLink.to}
                    aria-current={pathname === accountLink.to ? 'page' : undefined}
                  >
                    <Icon name="settings" />
                    {accountLink.label}
                  </Link>
                )}
                <button type="button" className="function-link log-off" onClick={onLogout}>
                  <Icon name="lock" />
                  {t('layout.logout')}
                </button>
              </>
            ) : (
              <Link className="function-link log-on" to="/login">
                <Icon name="lock" />
                {t('layout.login')}
              </Link>
            )}
          </div>
        </div>
      </div>
      <div className="solution-info">
        <div className="solution-info-inner container">
          <div className="solution-heading">
            <Link to="/">{title}</Link>
          </div>
          {organisationSwitcher}
        </div>
      </div>
      <div className="navigation-menu">
        <div className="navigation-menu-inner container">
          <nav className="nav" aria-label={t('layout.mainMenu')}>
            <ul className="mainmenu">
              {nav.map((item) => (
                <li key={item.to} className={isCurrent(item.to) ? 'active current' : undefined}>
                  <NavLink
                    to={item.to}
                    end={item.to === '/' || nav.some((other) => other.to.startsWith(`${item.to}/`))}
                    className="nav-link"
                  >
                    <span>{item.label}</span>
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </div>
    </header>
  );
}
