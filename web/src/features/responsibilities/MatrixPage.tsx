import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MatrixOverviewRes, MatrixVersionRes } from '../../../../core/schemas/responsibilities.js';
import { getMatrixOverview, matrixXlsxUrl } from '../../api/responsibilities.js';
import { Alert } from '../../components/Alert.js';
import { Page } from '../../components/Page.js';
import { useSession } from '../auth/session.js';
import { formatShortDay } from '../events/time.js';
import { messageOf } from '../organisation/labels.js';
import { MatrixTable } from './MatrixTable.js';
import { linkLabel, membershipInWords } from './membership.js';
import { RaciLegend } from './RaciLegend.js';
import './responsibilities.css';

/** /ansvar: the published matrix for every member, with its legend, export and print. */
export function MatrixPage() {
  const { t } = useTranslation();
  const [overview, setOverview] = useState<MatrixOverviewRes | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    getMatrixOverview()
      .then(setOverview)
      .catch((err: unknown) => setError(messageOf(err)));
  }, []);

  return (
    <div className="aktion-matrix-sheet">
      <Page title={t('responsibilities.title')}>
        {error && (
          <Alert variant="error">
            <p>{error}</p>
          </Alert>
        )}
        {!overview ? (
          !error && <p>{t('common.loading')}</p>
        ) : overview.published ? (
          <Published version={overview.published} canManage={overview.canManage} />
        ) : (
          <>
            <p>{t('responsibilities.view.none')}</p>
            {overview.canManage ? (
              <p>
                <Link to="/ansvar/rediger">{t('responsibilities.view.noneAdmin')}</Link>
              </p>
            ) : (
              <p>{t('responsibilities.view.noneMember')}</p>
            )}
          </>
        )}
      </Page>
    </div>
  );
}

function Published({ version, canManage }: { version: MatrixVersionRes; canManage: boolean }) {
  const { t, i18n } = useTranslation();
  const { organisation } = useSession();
  const date = version.publishedAt ? formatShortDay(version.publishedAt, i18n.language) : '';
  return (
    <>
      {/* On paper the header is gone: the organisation and the date head the sheet instead. */}
      <p className="aktion-print-only">
        <strong>{organisation?.name}</strong> ·{' '}
        {t('responsibilities.view.printed', {
          date: formatShortDay(new Date().toISOString(), i18n.language),
        })}
      </p>
      <p>{t('responsibilities.view.intro')}</p>
      <p>
        <strong>{t('responsibilities.view.version', { version: version.version, date })}</strong>
      </p>
      <nav aria-label={t('responsibilities.view.actions')} className="aktion-no-print">
        <ul className="aktion-matrix-actions nobullet-list">
          <li>
            <Link to="/ansvar/mit">{t('responsibilities.view.mine')}</Link>
          </li>
          <li>
            <a href={matrixXlsxUrl(version.id)} download>
              {t('responsibilities.view.excel')}
            </a>
          </li>
          <li>
            <button type="button" className="function-link" onClick={() => window.print()}>
              {t('responsibilities.view.print')}
            </button>
          </li>
          {canManage && (
            <li>
              <Link to="/ansvar/rediger">{t('responsibilities.view.edit')}</Link>
            </li>
          )}
        </ul>
      </nav>
      <MatrixTable
        document={version.document}
        caption={t('responsibilities.view.caption', { version: version.version })}
      />
      <RaciLegend />
      <section aria-labelledby="matrix-columns-heading" className="aktion-matrix-columns">
        <h2 id="matrix-columns-heading">{t('responsibilities.view.columnsHeading')}</h2>
        <dl>
          {version.document.actors.map((a) => (
            <div key={a.key}>
              <dt>{a.name}</dt>
              <dd>{membershipInWords(t, a, linkLabel(version, a.key))}</dd>
            </div>
          ))}
        </dl>
      </section>
    </>
  );
}
