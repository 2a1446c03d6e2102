import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatrixDiff, VersionSummary } from '../../../../core/schemas/responsibilities.js';
import { getMatrixDiff } from '../../api/responsibilities.js';
import { Alert } from '../../components/Alert.js';
import { formatShortDay } from '../events/time.js';
import { messageOf } from '../organisation/labels.js';
import { MatrixDiffView } from './MatrixDiffView.js';

const BADGE = { draft: 'badge-info', published: 'badge-success' } as const;

/** What a version is compared with: the newest published version before it. */
export function previousOf(versions: VersionSummary[], v: VersionSummary): VersionSummary | null {
  return (
    versions
      .filter((x) => x.status === 'published' && x.version < v.version)
      .sort((a, b) => b.version - a.version)[0] ?? null
  );
}

/** The versions, newest first, each with its status and date, and its changes from the one before. */
export function VersionsSection({ versions }: { versions: VersionSummary[] }) {
  const { t, i18n } = useTranslation();
  const [shown, setShown] = useState<{ id: string; diff: MatrixDiff } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const diffRef = useRef<string | null>(null);
  const sorted = [...versions].sort((a, b) => b.version - a.version);

  useEffect(() => {
    if (shown && diffRef.current === shown.id) document.getElementById('matrix-diff')?.focus();
    diffRef.current = null;
  }, [shown]);

  const toggle = async (v: VersionSummary, previous: VersionSummary) => {
    setError(null);
    if (shown?.id === v.id) return setShown(null);
    try {
      const diff = await getMatrixDiff(v.id, previous.id);
      diffRef.current = v.id;
      setShown({ id: v.id, diff });
    } catch (err) {
      setError(messageOf(err));
    }
  };

  return (
    <section aria-labelledby="matrix-versions-heading" className="mt-8">
      <h2 id="matrix-versions-heading">{t('responsibilities.versions.heading')}</h2>
      {sorted.length === 0 ? (
        <p>{t('responsibilities.versions.none')}</p>
      ) : (
        <div className="aktion-table-wrapper">
          <table className="table table--zebra table--compact">
            <caption className="sr-only">{t('responsibilities.versions.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('responsibilities.versions.version')}</th>
                <th scope="col">{t('responsibilities.versions.status')}</th>
                <th scope="col">{t('responsibilities.versions.date')}</th>
                <th scope="col">{t('responsibilities.versions.changes')}</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((v) => {
                const previous = previousOf(versions, v);
                const open = shown?.id === v.id;
                return (
                  <tr key={v.id}>
                    <th scope="row" className="aktion-nowrap">
                      {t('responsibilities.versions.number', { version: v.version })}
                    </th>
                    <td>
                      <span className={`badge ${BADGE[v.status]}`}>
                        {t(`responsibilities.versions.statuses.${v.status}`)}
                      </span>
                    </td>
                    <td className="aktion-nowrap">
                      {formatShortDay(v.publishedAt ?? v.updatedAt, i18n.language)}
                    </td>
                    <td>
                      {previous ? (
                        <button
                          type="button"
                          className="function-link"
                          aria-expanded={open}
                          aria-label={
                            open
                              ? undefined
                              : t('responsibilities.versions.showDiffLabel', { version: v.version })
                          }
                          onClick={() => void toggle(v, previous)}
                        >
                          {open
                            ? t('responsibilities.versions.hideDiff')
                            : t('responsibilities.versions.showDiff')}
                        </button>
                      ) : (
                        t('responsibilities.versions.first')
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {error && (
        <Alert variant="error">
          <p>{error}</p>
        </Alert>
      )}
      {shown && <MatrixDiffView diff={shown.diff} />}
    </section>
  );
}
