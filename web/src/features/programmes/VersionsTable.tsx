import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProgrammeRes } from '../../../../core/schemas/programmes.js';
import { VersionStatusBadge, versionPath } from './parts.js';

/** A programme's versions, newest first: number, name, status in words, what it was made from, modules. */
export function VersionsTable({ programme }: { programme: ProgrammeRes }) {
  const { t } = useTranslation();
  return (
    <div className="aktion-table-wrapper">
      <table className="table table--zebra table--compact">
        <caption className="sr-only">{t('programmes.caption', { title: programme.title })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('programmes.version')}</th>
            <th scope="col">{t('programmes.name')}</th>
            <th scope="col">{t('programmes.status')}</th>
            <th scope="col">{t('programmes.basedOn')}</th>
            <th scope="col" className="align-text-right">
              {t('programmes.modules')}
            </th>
          </tr>
        </thead>
        <tbody>
          {programme.versions.map((v) => (
            <tr key={v.id}>
              <td>{t('programmes.versionNumber', { number: v.number })}</td>
              <th scope="row">
                <Link to={versionPath(v.id)}>{v.name}</Link>
              </th>
              <td>
                <VersionStatusBadge status={v.status} />
              </td>
              <td>
                {v.basedOn
                  ? t('programmes.versionLabel', { number: v.basedOn.number, name: v.basedOn.name })
                  : t('programmes.basedOnNone')}
              </td>
              <td className="align-text-right">{v.modules}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
