import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import type { GlossaryEntry } from '../../../../core/plain-language/jargon.js';
import { DEFAULT_LIX_TARGETS, type TextType } from '../../../../core/plain-language/targets.js';
import type { GlossaryRes, ReadabilityTargetsRes } from '../../../../core/schemas/glossary.js';
import { ApiError } from '../../api/client.js';
import { getGlossary, getReadabilityTargets } from '../../api/glossary.js';
import { useSession } from '../auth/session.js';
import { createSharedResource, type SharedResource } from './sharedResource.js';

/** The glossary, fetched once per organisation for every editor and underlined text on the page. */
const glossaryStore = createSharedResource(getGlossary);

/** Targets as the defaults, for those who may not read the organisation's own (403). */
export const DEFAULT_TARGETS_RES: ReadabilityTargetsRes = {
  targets: Object.entries(DEFAULT_LIX_TARGETS).map(([textType, target]) => ({
    textType: textType as TextType,
    target,
    defaultTarget: target,
  })),
  canEdit: false,
};

/** Only administrators and facilitators read the targets; everybody else writes against the defaults. */
const targetsStore = createSharedResource(() =>
  getReadabilityTargets().catch((err: unknown) => {
    if (err instanceof ApiError && err.status === 403) return DEFAULT_TARGETS_RES;
    throw err;
  }),
);

function useShared<T>(store: SharedResource<T>) {
  const { me } = useSession();
  // Per person and organisation: what one may edit is not what the next person at this browser may.
  const key = me?.activeOrganisationId ? `${me.user.id}/${me.activeOrganisationId}` : null;
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  useEffect(() => {
    // Signed out (the public event page) nothing is asked: the server would answer 401.
    if (key) store.ensure(key);
  }, [store, key]);
  const mine = key !== null && snapshot.key === key;
  const refresh = useCallback(() => store.refresh(), [store]);
  const set = useCallback(
    (data: T) => {
      if (key) store.set(key, data);
    },
    [store, key],
  );
  return {
    data: mine ? snapshot.data : null,
    error: mine ? snapshot.error : null,
    refresh,
    set,
  };
}

/**
 * The organisation's glossary (null while loading, signed out or failed) and its entries in the
 * shape the core functions take. `refresh` after an edit updates every text on the page.
 */
export function useGlossary() {
  const { data, error, refresh } = useShared(glossaryStore);
  const entries: GlossaryEntry[] | null = useMemo(
    () =>
      data?.terms.map((t) => ({ term: t.term, variants: t.variants, explanation: t.explanation })) ?? null,
    [data],
  );
  return { glossary: data as GlossaryRes | null, entries, error, refresh };
}

/** The LIX target per kind of text: the organisation's, or the defaults until (or unless) they come. */
export function useReadabilityTargets() {
  const { data, error, refresh, set } = useShared(targetsStore);
  const targets = useMemo(() => {
    const out: Record<TextType, number> = { ...DEFAULT_LIX_TARGETS };
    for (const t of data?.targets ?? []) out[t.textType] = t.target;
    return out;
  }, [data]);
  return { targets, response: data, error, refresh, set };
}
