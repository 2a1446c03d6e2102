import { useTranslation } from 'react-i18next';
import type { PersonRes } from '../../../../core/schemas/organisation.js';
import { formatDate } from '../../i18n/format.js';

/** A person's details, read-only (facilitator). */
export function PersonView({ person }: { person: PersonRes }) {
  const { t, i18n } = useTranslation();
  const none = t('person.none');
  const rows: Array<[string, string]> = [
    [t('people.name'), person.name],
    [t('people.email'), person.email ?? none],
    [t('people.jobTitle'), person.jobTitle ?? none],
    [t('people.unitColumn'), person.unit?.name ?? none],
    [t('people.levelColumn'), t(`levels.${person.level}`)],
    [t('people.fieldColumn'), person.field?.name ?? none],
    [t('people.account'), person.user?.email ?? t('people.noAccount')],
    [
      t('people.status'),
      person.leftAt
        ? t('person.leftOn', { date: formatDate(person.leftAt, i18n.language) })
        : t('person.active'),
    ],
  ];
  return (
    <dl className="aktion-facts">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
