import { useEffect, useState } from 'react';
import type { PeoplePageRes } from '../../../../core/schemas/organisation.js';
import { listPeople, type PeopleFilters } from '../../api/people.js';
import { messageOf } from './labels.js';
import { PAGE_SIZE } from './peopleFilters.js';

/** One page of people for a filter; `key` is the address's query string, which holds the filter. */
export function usePeople(filters: PeopleFilters, offset: number, key: string) {
  const [page, setPage] = useState<PeoplePageRes | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the query string `key` stands for the filter.
  useEffect(() => {
    let cancelled = false;
    setBusy(true);
    listPeople(filters, offset, PAGE_SIZE)
      .then((res) => {
        if (cancelled) return;
        setPage(res);
        setError(null);
      })
      .catch((err: unknown) => !cancelled && setError(messageOf(err)))
      .finally(() => !cancelled && setBusy(false));
    return () => {
      cancelled = true;
    };
  }, [key]);

  return { page, error, busy };
}
