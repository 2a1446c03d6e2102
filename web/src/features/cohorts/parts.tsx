import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CohortRes } from '../../../../core/schemas/cohorts.js';
import { listUsers } from '../../api/users.js';
import { useSession } from '../auth/session.js';
import { formatShortDay } from '../events/time.js';

export const cohortsPath = '/hold';
export const cohortPath = (id: string) => `/hold/${encodeURIComponent(id)}`;
export const attendancePath = (cohortId: string, activityId: string) =>
  `${cohortPath(cohortId)}/fremmoede/${encodeURIComponent(activityId)}`;

/** A calendar date (YYYY-MM-DD) as "7. sep. 2026", read as that day in Copenhagen. */
export function formatDate(date: string, lang: string): string {
  return formatShortDay(`${date}T12:00:00Z`, lang);
}

export function Period({ cohort }: { cohort: Pick<CohortRes, 'startsOn' | 'endsOn'> }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      {t('cohorts.periodValue', {
        from: formatDate(cohort.startsOn, i18n.language),
        to: formatDate(cohort.endsOn, i18n.language),
      })}
    </>
  );
}

export function VersionName({ cohort }: { cohort: CohortRes }) {
  const { t } = useTranslation();
  return (
    <>
      {t('cohorts.versionValue', {
        programme: cohort.version.programmeTitle,
        number: cohort.version.number,
        name: cohort.version.name,
      })}
    </>
  );
}

export interface Person {
  id: string;
  name: string;
}

/**
 * The people who may be named as facilitators. Administrators see every active facilitator and
 * administrator; a facilitator cannot list users, so they get themselves and the facilitators
 * already on the cohorts they know (`known`).
 */
export function useFacilitatorOptions(known: readonly Person[]): { options: Person[]; complete: boolean } {
  const { me, roles } = useSession();
  const isAdmin = roles.includes('admin');
  const [users, setUsers] = useState<Person[] | null>(null);

  useEffect(() => {
    if (!isAdmin) return;
    let cancelled = false;
    listUsers()
      .then((items) => {
        if (cancelled) return;
        setUsers(
          items
            .filter((u) => u.active && u.roles.some((r) => r === 'admin' || r === 'facilitator'))
            .map((u) => ({ id: u.id, name: u.name })),
        );
      })
      .catch(() => !cancelled && setUsers([]));
    return () => {
      cancelled = true;
    };
  }, [isAdmin]);

  const byId = new Map<string, Person>();
  for (const p of users ?? []) byId.set(p.id, p);
  for (const p of known) if (!byId.has(p.id)) byId.set(p.id, p);
  if (me && !byId.has(me.user.id)) byId.set(me.user.id, { id: me.user.id, name: me.user.name });
  const options = [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'da'));
  return { options, complete: isAdmin };
}

/** A link or button text with more for screen readers: "Registrér fremmøde" + " til 'Kick-off'". */
export function MoreForScreenReaders({ shown, more }: { shown: string; more: string }) {
  return (
    <span>
      {shown}
      <span className="sr-only"> {more}</span>
    </span>
  );
}
