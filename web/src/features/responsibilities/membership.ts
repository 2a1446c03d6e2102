import type { TFunction } from 'i18next';
import type { MatrixActor, MatrixVersionRes } from '../../../../core/schemas/responsibilities.js';

/** The name of the unit or group a column is linked to (null: unlinked, or the link is gone). */
export function linkLabel(version: Pick<MatrixVersionRes, 'links'>, actorKey: string): string | null {
  return version.links.find((l) => l.actorKey === actorKey)?.label ?? null;
}

/** Who belongs to a column, in words ("alle på niveauet leder", "alle i IT og Digitalisering …"). */
export function membershipInWords(t: TFunction, actor: MatrixActor, label: string | null): string {
  const m = actor.membership;
  if (m.kind === 'level')
    return t('responsibilities.membership.level', { level: t(`levels.${m.level}`).toLowerCase() });
  if (!label) return t('responsibilities.membership.unlinked');
  return m.kind === 'unit'
    ? t('responsibilities.membership.unit', { unit: label })
    : t('responsibilities.membership.group', { group: label });
}
