import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NarrativeDiff } from '../../../../core/schemas/narrative.js';
import type { VersionSummary } from '../../../../core/schemas/responsibilities.js';
import { diffNarrative } from '../../api/narrative.js';
import { Alert } from '../../components/Alert.js';
import { formatShortDay } from '../events/time.js';
import { messageOf } from '../organisation/labels.js';
import { DiffInWords } from './DiffInWords.js';

/** Every version, newest first; each but the first can show what changed since the one before. */
export function NarrativeVersions({ versions }: { versions: VersionSummary[] }) {
  const { t, i18n } = useTranslation();
  const [diff, setDiff] = useState<NarrativeDiff | null>(null);
  const [error, setError] = useState<string | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (diff || error) resultRef.current?.focus();
  }, [diff, error]);

  const show = (version: VersionSummary, before: VersionSummary) => {
    setError(null);
    diffNarrative(version.id, before.id)
      .then(setDiff)
      .catch((err: unknown) => {
        setDiff(null);
        setError(messageOf(err));
      });
  };

  return (
    <section aria-labelledby="narrative-versions-heading" className="mt-8">
      <h2 id="narrative-versions-heading">{t('narrative.versions.heading')}</h2>
      {versions.length === 0 ? (
        <p>{t('narrative.versions.none')}</p>
      ) : (
        <div className="aktion-table-wrapper">
          <table className="table table--zebra table--compact">
            <caption className="sr-only">{t('narrative.versions.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('narrative.versions.version')}</th>
                <th scope="col">{t('narrative.versions.status')}</th>
                <th scope="col">{t('narrative.versions.changes')}</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((v, i) => {
                const before = versions[i + 1];
                return (
                  <tr key={v.id}>
                    <th scope="row">{t('narrative.versions.number', { version: v.version })}</th>
                    <td>
                      <span className={`badge ${v.status === 'draft' ? 'badge-info' : 'badge-success'}`}>
                        {t(`narrative.versions.statuses.${v.status}`)}
                      </span>
                      {v.publishedAt && (
                        <span className="aktion-nowrap"> {formatShortDay(v.publishedAt, i18n.language)}</span>
                      )}
                    </td>
                    <td>
                      {before ? (
                        <button type="button" className="function-link" onClick={() => show(v, before)}>
                          {t('narrative.versions.showChanges')}
                          <span className="sr-only">
                            {' '}
                            {t('narrative.versions.fromTo', { from: before.version, to: v.version })}
                          </span>
                        </button>
                      ) : (
                        t('narrative.versions.first')
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <div ref={resultRef} tabIndex={-1}>
        {error && (
          <Alert variant="error">
            <p>{error}</p>
          </Alert>
        )}
        {diff && <DiffInWords diff={diff} />}
      </div>
    </section>
  );
}
