import { useEffect, useState } from 'react';
import type { RegistrationRes, SeatCounts } from '../../../../core/schemas/events.js';
import { ApiError } from '../../api/client.js';
import { getEvent, listRegistrations } from '../../api/events.js';
import { useLoadById } from '../../api/useLoadById.js';
import { messageOf } from '../organisation/labels.js';

/** One of the organisation's events; `missing` when the id leads nowhere. */
export function useAdminEvent(id: string) {
  const { value: event, setValue: setEvent, missing, error } = useLoadById(id, getEvent);
  return { event, setEvent, missing, error };
}

export interface Registrations {
  items: RegistrationRes[];
  seats: SeatCounts;
}

/**
 * The event's registrations, read when `version` is set and again when it changes (null: not yet).
 * `hidden` when the server does not show them to this role (they hold dietary needs).
 */
export function useRegistrations(id: string, version: string | null) {
  const [registrations, setRegistrations] = useState<Registrations | null>(null);
  const [hidden, setHidden] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (version === null) return;
    let cancelled = false;
    listRegistrations(id)
      .then((r) => {
        if (cancelled) return;
        setRegistrations(r);
        setError(null);
      })
      .catch((err: unknown) => {
        if (cancelled) return;
        if (err instanceof ApiError && err.status === 403) setHidden(true);
        else setError(messageOf(err));
      });
    return () => {
      cancelled = true;
    };
  }, [id, version]);

  return { registrations, hidden, error };
}
