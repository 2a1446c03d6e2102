import { type Dispatch, type SetStateAction, useEffect, useState } from 'react';
import { messageOf } from '../features/organisation/labels.js';
import { ApiError } from './client.js';

/**
 * Loads one thing by id for a page: `missing` when the id leads nowhere (404, or 400 for an id
 * that is not an id), `error` for anything else. A newer id cancels the older answer.
 */
export function useLoadById<T>(
  id: string,
  load: (id: string) => Promise<T>,
): { value: T | null; setValue: Dispatch<SetStateAction<T | null>>; missing: boolean; error: string | null } {
  const [value, setValue] = useState<T | null>(null);
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    setValue(null);
    setMissing(false);
    setError(null);
    load(id)
      .then((v) => !cancelled && setValue(v))
      .catch((err: unknown) => {
        if (cancelled) return;
        if (err instanceof ApiError && (err.status === 404 || err.status === 400)) setMissing(true);
        else setError(messageOf(err));
      });
    return () => {
      cancelled = true;
    };
  }, [id, load]);

  return { value, setValue, missing, error };
}
