import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PersonRes } from '../../../../core/schemas/organisation.js';

export function PeopleTable({ people }: { people: readonly PersonRes[] }) {
  const { t } = useTranslation();
  return (
    <div className="aktion-table-wrapper">
      <table className="table table--zebra table--compact">
        <caption className="sr-only">{t('people.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('people.name')}</th>
            <th scope="col">{t('people.email')}</th>
            <th scope="col">{t('people.jobTitle')}</th>
            <th scope="col">{t('people.unitColumn')}</th>
            <th scope="col">{t('people.levelColumn')}</th>
            <th scope="col">{t('people.fieldColumn')}</th>
            <th scope="col">{t('people.account')}</th>
          </tr>
        </thead>
        <tbody>
          {people.map((p) => (
            <tr key={p.id}>
              <th scope="row">
                <Link to={`/organisation/personer/${encodeURIComponent(p.id)}`}>{p.name}</Link>
                {p.leftAt && (
                  <>
                    {' '}
                    <span className="badge badge-warning">{t('people.left')}</span>
                  </>
                )}
              </th>
              <td className="aktion-break">{p.email ?? ''}</td>
              <td>{p.jobTitle ?? ''}</td>
              <td>{p.unit?.name ?? ''}</td>
              <td>{t(`levels.${p.level}`)}</td>
              <td>{p.field?.name ?? ''}</td>
              <td className="aktion-break">{p.user?.email ?? t('people.noAccount')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
