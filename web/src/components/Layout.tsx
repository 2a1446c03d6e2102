import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { Footer } from './Footer.js';
import { Header, type NavItem } from './Header.js';

interface LayoutProps {
  header: Parameters<typeof Header>[0];
  children: ReactNode;
}

export type { NavItem };

/** Skip link, header, main (id main-content) and footer. Moves focus to the new page's h1 on navigation. */
export function Layout({ header, children }: LayoutProps) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const shown = useRef(pathname);

  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    // Wait a tick so the new page (and its title) has rendered.
    const timer = window.setTimeout(() => {
      const main = mainRef.current;
      const target = main?.querySelector<HTMLElement>('h1') ?? main;
      if (!target) return;
      if (target !== main) target.setAttribute('tabindex', '-1');
      target.focus();
    }, 0);
    return () => window.clearTimeout(timer);
  }, [pathname]);

  return (
    <>
      <a className="skipnav" href="#main-content">
        {t('layout.skipLink')}
      </a>
      <Header {...header} />
      <div className="container page-container">
        <main id="main-content" className="page-content" ref={mainRef} tabIndex={-1}>
          {children}
        </main>
      </div>
      <Footer />
    </>
  );
}
