import { useEffect, useState } from 'react';
import type { InsightOptionsRes } from '../../../../core/schemas/insights.js';
import { getInsightOptions } from '../../api/insights.js';
import { messageOf } from '../organisation/labels.js';

/** The library's filter choices and the form's: focus areas, fields, cohorts. */
export function useInsightOptions(enabled = true): {
  options: InsightOptionsRes | null;
  error: string | null;
} {
  const [options, setOptions] = useState<InsightOptionsRes | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    getInsightOptions()
      .then((o) => !cancelled && setOptions(o))
      .catch((err: unknown) => !cancelled && setError(messageOf(err)));
    return () => {
      cancelled = true;
    };
  }, [enabled]);
  return { options, error };
}
