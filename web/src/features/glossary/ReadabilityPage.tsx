import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReadabilityReportRes } from '../../../../core/schemas/glossary.js';
import { getReadabilityReport } from '../../api/glossary.js';
import { Alert } from '../../components/Alert.js';
import { CheckboxField } from '../../components/CheckboxField.js';
import { Notice, type NoticeMessage } from '../../components/Notice.js';
import { Page } from '../../components/Page.js';
import { messageOf } from '../organisation/labels.js';
import { ReadabilityTable } from './ReadabilityTable.js';
import { shownItems } from './readabilityView.js';
import { TargetsForm } from './TargetsForm.js';
import { useReadabilityTargets } from './useGlossary.js';
import './glossary.css';

/** The totals per kind of text in plain words: "Tekster i programmer: 12 tekster, 3 er over målet." */
function Totals({ totals }: { totals: ReadabilityReportRes['totals'] }) {
  const { t } = useTranslation();
  return (
    <ul className="aktion-readability-totals">
      {totals.map(({ textType, texts, overTarget }) => {
        const type = t(`readability.textTypes.${textType}`);
        return (
          <li key={textType}>
            {texts === 0
              ? t('readability.totalNoTexts', { type })
              : t('readability.totalLine', {
                  type,
                  texts: t('readability.totalTexts', { count: texts }),
                  over:
                    overTarget === 0
                      ? t('readability.totalNoneOver')
                      : t('readability.totalOver', { count: overTarget }),
                })}
          </li>
        );
      })}
    </ul>
  );
}

/** /laesbarhed (administrators and facilitators): the organisation's texts against their LIX targets. */
export function ReadabilityPage() {
  const { t } = useTranslation();
  const [report, setReport] = useState<ReadabilityReportRes | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [onlyOver, setOnlyOver] = useState(false);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const targets = useReadabilityTargets();
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let cancelled = false;
    void version;
    getReadabilityReport()
      .then((r) => !cancelled && setReport(r))
      .catch((err: unknown) => !cancelled && setError(messageOf(err)));
    return () => {
      cancelled = true;
    };
  }, [version]);

  const items = useMemo(() => shownItems(report?.items ?? [], onlyOver), [report, onlyOver]);
  const response = targets.response;

  return (
    <Page title={t('readability.title')}>
      <p className="font-lead">
        {t('readability.intro1')} {t('readability.intro2')}
      </p>
      {error && (
        <Alert variant="error">
          <p>{error}</p>
        </Alert>
      )}
      {!report && !error && <p>{t('common.loading')}</p>}
      {report && (
        <>
          <section aria-labelledby="readability-totals-heading" className="mt-6">
            <h2 id="readability-totals-heading">{t('readability.totalsHeading')}</h2>
            <Totals totals={report.totals} />
          </section>
          <section aria-labelledby="readability-report-heading" className="mt-6">
            <h2 id="readability-report-heading">{t('readability.reportHeading')}</h2>
            <CheckboxField
              id="readability-only-over"
              label={t('readability.onlyOver')}
              checked={onlyOver}
              onChange={setOnlyOver}
            />
            <p aria-live="polite" aria-atomic="true" className="mt-4">
              {items.length === 0
                ? t(onlyOver && report.items.length ? 'readability.noneOver' : 'readability.noTexts')
                : t('readability.shown', { count: items.length })}
            </p>
            {items.length > 0 && <ReadabilityTable items={items} />}
          </section>
        </>
      )}
      {response && (
        <section aria-labelledby="readability-targets-heading" className="mt-8">
          <h2 id="readability-targets-heading">{t('readability.targetsHeading')}</h2>
          <p>{t('readability.targetsIntro')}</p>
          <Notice notice={notice} />
          {response.canEdit ? (
            <TargetsForm
              current={response}
              onSaved={(saved) => {
                targets.set(saved);
                setNotice({ variant: 'success', text: t('readability.targetsSaved') });
                // Over or under target depends on the targets: score the texts again.
                setVersion((v) => v + 1);
              }}
            />
          ) : (
            <ul>
              {response.targets.map(({ textType, target }) => (
                <li key={textType}>
                  {t('readability.targetLine', { type: t(`readability.textTypes.${textType}`), target })}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </Page>
  );
}
