import { getPerson } from '../../api/people.js';
import { useLoadById } from '../../api/useLoadById.js';

/** One person; `missing` when the id leads nowhere. */
export function usePerson(id: string) {
  const { value: person, setValue: setPerson, missing, error } = useLoadById(id, getPerson);
  return { person, setPerson, missing, error };
}
