import { useCallback, useEffect, useMemo, useState } from 'react';
import type { UnitRes } from '../../../../core/schemas/organisation.js';
import { listUnits } from '../../api/units.js';
import { messageOf } from './labels.js';
import { buildTree } from './unitTree.js';

/** Loads the unit tree; `reload` after a change (counts and order come from the server). */
export function useUnits(includeEnded = false) {
  const [units, setUnits] = useState<UnitRes[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      setUnits(await listUnits(includeEnded));
      setError(null);
    } catch (err) {
      setError(messageOf(err));
    }
  }, [includeEnded]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const tree = useMemo(() => buildTree(units ?? []), [units]);
  return { units, tree, error, reload };
}
