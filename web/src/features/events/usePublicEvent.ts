import { useCallback, useEffect, useState } from 'react';
import type { MemberEventRes, PublicEventRes } from '../../../../core/schemas/events.js';
import { ApiError } from '../../api/client.js';
import { getMemberEvent, getPublicEvent } from '../../api/events.js';
import { useSession } from '../auth/session.js';
import { messageOf } from '../organisation/labels.js';

/** The event and where it came from: the member route (my organisation's) or the public one. */
export type LoadedEvent = { via: 'member'; event: MemberEventRes } | { via: 'public'; event: PublicEventRes };

const notThere = (err: unknown) => err instanceof ApiError && (err.status === 404 || err.status === 400);

/**
 * One published event by its slug; `missing` when there is none to show. Signed in with an active
 * organisation, the member route is asked first (it also has organisation-only events); when it has
 * no such event (another organisation's public event, say), the public route answers.
 */
export function usePublicEvent(slug: string) {
  const { ready, me } = useSession();
  const organisationId = me?.activeOrganisationId ?? null;
  const [loaded, setLoaded] = useState<LoadedEvent | null>(null);
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    // Wait for the session, so a signed-in person does not get the public event first.
    if (!ready) return;
    let cancelled = false;
    void version;
    const load = async (): Promise<LoadedEvent> => {
      if (organisationId) {
        try {
          return { via: 'member', event: await getMemberEvent(slug) };
        } catch (err) {
          if (!(notThere(err) || (err instanceof ApiError && err.status === 403))) throw err;
        }
      }
      return { via: 'public', event: await getPublicEvent(slug) };
    };
    load()
      .then((l) => {
        if (cancelled) return;
        setLoaded(l);
        setMissing(false);
        setError(null);
      })
      .catch((err: unknown) => {
        if (cancelled) return;
        if (notThere(err)) setMissing(true);
        else setError(messageOf(err));
      });
    return () => {
      cancelled = true;
    };
  }, [slug, version, ready, organisationId]);

  /** Reads the event again (seats left, open or closed) without clearing what is shown. */
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { loaded, missing, error, reload };
}
