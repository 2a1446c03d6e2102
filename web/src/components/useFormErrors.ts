import { useCallback, useState } from 'react';
import type { FieldError } from './ErrorSummary.js';

/** The errors of one form, in field order, and the signal that moves focus to the summary. */
export function useFormErrors() {
  const [errors, setErrorList] = useState<FieldError[]>([]);
  const [focusSignal, setFocusSignal] = useState(0);

  const show = useCallback((list: FieldError[]) => {
    setErrorList(list);
    if (list.length > 0) setFocusSignal((n) => n + 1);
  }, []);
  const clear = useCallback(() => setErrorList([]), []);
  const errorFor = useCallback((id: string) => errors.find((e) => e.id === id)?.message, [errors]);

  return { errors, focusSignal, show, clear, errorFor };
}

/** Maps a server's `fields` (by request field name) to errors on the form's field ids. */
export function serverFieldErrors(
  fields: Record<string, string>,
  idFor: Record<string, string>,
  fallbackId: string,
): FieldError[] {
  return Object.entries(fields).map(([field, message]) => ({ id: idFor[field] ?? fallbackId, message }));
}
