import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { Role } from '../../../../core/roles.js';
import type { MeRes } from '../../../../core/schemas/auth.js';
import type { Locale } from '../../../../core/schemas/common.js';
import * as authApi from '../../api/auth.js';
import { setUnauthenticatedHandler } from '../../api/client.js';
import i18n, { storedLocale, storeLocale } from '../../i18n/index.js';

interface Session {
  /** false until GET /api/me has answered. */
  ready: boolean;
  me: MeRes | null;
  organisation: MeRes['organisations'][number] | null;
  roles: readonly Role[];
  /** Store a fresh MeRes (after login, switch, accept); null logs out locally. */
  setMe: (me: MeRes | null) => void;
  logout: () => Promise<void>;
  changeLanguage: (locale: Locale) => Promise<void>;
  switchOrganisation: (organisationId: string) => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(false);
  const [me, setMeState] = useState<MeRes | null>(null);

  const setMe = useCallback((next: MeRes | null) => {
    setMeState(next);
    const locale = next ? next.user.locale : storedLocale();
    if (i18n.language !== locale) void i18n.changeLanguage(locale);
  }, []);

  useEffect(() => {
    let cancelled = false;
    authApi
      .getMe()
      .then((res) => {
        if (!cancelled) setMe(res);
      })
      .catch(() => {
        if (!cancelled) setMe(null);
      })
      .finally(() => {
        if (!cancelled) setReady(true);
      });
    setUnauthenticatedHandler(() => setMe(null));
    return () => {
      cancelled = true;
      setUnauthenticatedHandler(null);
    };
  }, [setMe]);

  const logout = useCallback(async () => {
    try {
      await authApi.logout();
    } finally {
      setMe(null);
    }
  }, [setMe]);

  const changeLanguage = useCallback(
    async (locale: Locale) => {
      storeLocale(locale);
      if (me) {
        setMe(await authApi.updateLocale(locale));
      } else {
        await i18n.changeLanguage(locale);
      }
    },
    [me, setMe],
  );

  const switchOrganisation = useCallback(
    async (organisationId: string) => setMe(await authApi.switchOrganisation(organisationId)),
    [setMe],
  );

  const value = useMemo<Session>(() => {
    const organisation = me?.organisations.find((o) => o.id === me.activeOrganisationId) ?? null;
    return {
      ready,
      me,
      organisation,
      roles: organisation?.roles ?? [],
      setMe,
      logout,
      changeLanguage,
      switchOrganisation,
    };
  }, [ready, me, setMe, logout, changeLanguage, switchOrganisation]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
