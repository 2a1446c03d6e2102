import { useCallback, useEffect, useState } from 'react';
import type { PublicEventRes } from '../../../../core/schemas/events.js';
import { ApiError } from '../../api/client.js';
import { getPublicEvent } from '../../api/events.js';
import { messageOf } from '../organisation/labels.js';

/** One published event by its slug; `missing` when there is none to show. */
export function usePublicEvent(slug: string) {
  const [event, setEvent] = useState<PublicEventRes | null>(null);
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let cancelled = false;
    void version;
    getPublicEvent(slug)
      .then((e) => {
        if (!cancelled) setEvent(e);
      })
      .catch((err: unknown) => {
        if (cancelled) return;
        if (err instanceof ApiError && (err.status === 404 || err.status === 400)) setMissing(true);
        else setError(messageOf(err));
      });
    return () => {
      cancelled = true;
    };
  }, [slug, version]);

  /** Reads the event again (seats left, open or closed) without clearing what is shown. */
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { event, missing, error, reload };
}
