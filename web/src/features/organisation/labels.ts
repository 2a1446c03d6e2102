import { useTranslation } from 'react-i18next';
import { LEVELS, type Level, UNIT_KINDS, type UnitKind } from '../../../../core/organisation.js';

/** Management levels as options, top down, in the current language. */
export function useLevelOptions(): ReadonlyArray<{ value: Level; label: string }> {
  const { t } = useTranslation();
  return LEVELS.map((l) => ({ value: l, label: t(`levels.${l}`) }));
}

/** Unit kinds as options, from the top of the tree down. */
export function useKindOptions(): ReadonlyArray<{ value: UnitKind; label: string }> {
  const { t } = useTranslation();
  return UNIT_KINDS.map((k) => ({ value: k, label: t(`unitKinds.${k}`) }));
}

/** A message from a caught error. */
export function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
