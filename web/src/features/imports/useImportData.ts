import { useCallback, useEffect, useState } from 'react';
import type { ImportKind, ImportMappingRes } from '../../../../core/schemas/imports.js';
import { type ImportBatchSummary, listImportMappings, listImports } from '../../api/imports.js';
import { messageOf } from '../organisation/labels.js';

/** The latest imports; `reload` after an upload or a confirm. */
export function useImportHistory() {
  const [items, setItems] = useState<ImportBatchSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    try {
      setItems(await listImports());
      setError(null);
    } catch (err) {
      setError(messageOf(err));
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { items, error, reload };
}

/** The saved column mappings of a CSV kind (none for OS2mo); `reload` after saving one. */
export function useImportMappings(kind: ImportKind) {
  const [mappings, setMappings] = useState<ImportMappingRes[]>([]);
  const reload = useCallback(async () => {
    if (kind === 'os2mo') return setMappings([]);
    try {
      setMappings(await listImportMappings(kind));
    } catch {
      // Saved mappings are optional: without them the page still works.
      setMappings([]);
    }
  }, [kind]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { mappings, reload };
}
