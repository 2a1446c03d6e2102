import { useEffect, useState } from 'react';
import type { PersonRes } from '../../../../core/schemas/organisation.js';
import { listPeople } from '../../api/people.js';
import { messageOf } from './labels.js';

/** The active leaders placed directly in a unit: the choices for its manager. */
export function useLeaders(unitId: string) {
  const [leaders, setLeaders] = useState<PersonRes[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    listPeople({ unitId, includeSubunits: false, level: 'leaders' }, 0, 500)
      .then((page) => !cancelled && setLeaders(page.items))
      .catch((err: unknown) => !cancelled && setError(messageOf(err)));
    return () => {
      cancelled = true;
    };
  }, [unitId]);
  return { leaders, error };
}
