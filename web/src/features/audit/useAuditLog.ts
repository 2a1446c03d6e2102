import { useCallback, useEffect, useState } from 'react';
import type { AuditEntryRes } from '../../../../core/schemas/audit.js';
import { type AuditFilters, listAudit } from '../../api/audit.js';

/** One filtered audit log, newest first; `more` appends the next (older) page. */
export function useAuditLog(filters: AuditFilters) {
  const [items, setItems] = useState<AuditEntryRes[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { actorId, entityType, entityId } = filters;

  useEffect(() => {
    let cancelled = false;
    setBusy(true);
    listAudit({ actorId, entityType, entityId })
      .then((page) => {
        if (cancelled) return;
        setItems(page.items);
        setCursor(page.nextCursor);
        setError(null);
      })
      .catch((err: unknown) => !cancelled && setError(err instanceof Error ? err.message : String(err)))
      .finally(() => !cancelled && setBusy(false));
    return () => {
      cancelled = true;
    };
  }, [actorId, entityType, entityId]);

  const more = useCallback(async () => {
    if (!cursor) return;
    setBusy(true);
    try {
      const page = await listAudit({ actorId, entityType, entityId }, cursor);
      setItems((list) => [...(list ?? []), ...page.items]);
      setCursor(page.nextCursor);
      setError(null);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }, [cursor, actorId, entityType, entityId]);

  return { items, hasMore: cursor !== null, error, busy, more };
}
