import { useEffect, useState } from 'react';
import type { PersonRes } from '../../../../core/schemas/organisation.js';
import { ApiError } from '../../api/client.js';
import { getPerson } from '../../api/people.js';
import { messageOf } from './labels.js';

/** One person; `missing` when the id leads nowhere. */
export function usePerson(id: string) {
  const [person, setPerson] = useState<PersonRes | null>(null);
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    setPerson(null);
    setMissing(false);
    setError(null);
    getPerson(id)
      .then((p) => !cancelled && setPerson(p))
      .catch((err: unknown) => {
        if (cancelled) return;
        if (err instanceof ApiError && (err.status === 404 || err.status === 400)) setMissing(true);
        else setError(messageOf(err));
      });
    return () => {
      cancelled = true;
    };
  }, [id]);

  return { person, setPerson, missing, error };
}
