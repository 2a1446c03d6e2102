import { useCallback, useEffect, useState } from 'react';
import type { FieldRes } from '../../../../core/schemas/organisation.js';
import { listFields } from '../../api/fields.js';
import { messageOf } from './labels.js';

/** The professional fields, archived ones included; `replace` puts in a changed or new one. */
export function useFields() {
  const [fields, setFields] = useState<FieldRes[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    listFields()
      .then((items) => !cancelled && setFields(items))
      .catch((err: unknown) => !cancelled && setError(messageOf(err)));
    return () => {
      cancelled = true;
    };
  }, []);

  const replace = useCallback((field: FieldRes) => {
    setFields((list) => {
      const rest = (list ?? []).filter((f) => f.id !== field.id);
      const next = list?.some((f) => f.id === field.id)
        ? (list ?? []).map((f) => (f.id === field.id ? field : f))
        : [...rest, field];
      return next.sort((a, b) => a.name.localeCompare(b.name, 'da'));
    });
  }, []);

  return { fields, error, replace };
}

/** Field options for a select: active fields, then archived ones marked as such (when still in use). */
export function fieldOptions(
  fields: readonly FieldRes[] | null,
  archivedLabel: (name: string) => string,
  keepId?: string,
): Array<{ value: string; label: string }> {
  return (fields ?? [])
    .filter((f) => !f.archived || keepId === undefined || f.id === keepId)
    .map((f) => ({ value: f.id, label: f.archived ? archivedLabel(f.name) : f.name }));
}
