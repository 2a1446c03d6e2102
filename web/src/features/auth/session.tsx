import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { Role } from '../../../../core/roles.js';
import type { MeRes } from '../../../../core/schemas/auth.js';
import type { Locale } from '../../../../core/schemas/common.js';
import * as authApi from '../../api/auth.js';
import { setSecondFactorSetupHandler, setUnauthenticatedHandler } from '../../api/client.js';
import i18n, { storedLocale, storeLocale } from '../../i18n/index.js';

interface Session {
  /** false until GET /api/me has answered. */
  ready: boolean;
  me: MeRes | null;
  /** true after the person logged out here (until the next login): the login page says so. */
  loggedOut: boolean;
  organisation: MeRes['organisations'][number] | null;
  roles: readonly Role[];
  /** Store a fresh MeRes (after login, switch, accept); null logs out locally. */
  setMe: (me: MeRes | null) => void;
  /** Reads GET /api/me again (after turning on two-step verification, say). */
  refresh: () => Promise<void>;
  /**
   * Ends the session. After a single sign-on session the browser goes on to the identity provider
   * to end its session too, and this answers true (the page is being left).
   */
  logout: () => Promise<boolean>;
  changeLanguage: (locale: Locale) => Promise<void>;
  switchOrganisation: (organisationId: string) => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(false);
  const [me, setMeState] = useState<MeRes | null>(null);
  const [loggedOut, setLoggedOut] = useState(false);

  const setMe = useCallback((next: MeRes | null) => {
    setMeState(next);
    if (next) setLoggedOut(false);
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
    // An administrator without two-step verification: Me says so, and the app sends them to set it up.
    setSecondFactorSetupHandler(() => {
      void authApi
        .getMe()
        .then((res) => {
          if (!cancelled) setMe(res);
        })
        .catch(() => undefined);
    });
    return () => {
      cancelled = true;
      setUnauthenticatedHandler(null);
      setSecondFactorSetupHandler(null);
    };
  }, [setMe]);

  const refresh = useCallback(async () => setMe(await authApi.getMe()), [setMe]);

  const logout = useCallback(async () => {
    let endSessionUrl: string | null;
    try {
      endSessionUrl = await authApi.logout();
    } catch (err) {
      setMe(null);
      throw err;
    }
    if (endSessionUrl) {
      // The page is left as it is: the provider ends its session and sends the browser to /login?logget-ud=1.
      window.location.assign(endSessionUrl);
      return true;
    }
    setLoggedOut(true);
    setMe(null);
    return false;
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
      loggedOut,
      organisation,
      roles: organisation?.roles ?? [],
      setMe,
      refresh,
      logout,
      changeLanguage,
      switchOrganisation,
    };
  }, [ready, me, loggedOut, setMe, refresh, logout, changeLanguage, switchOrganisation]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
