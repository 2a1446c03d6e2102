import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NarrativeReadingRes } from '../../../../core/schemas/narrative.js';
import { getNarrative } from '../../api/narrative.js';
import { Alert } from '../../components/Alert.js';
import { Notice, type NoticeMessage } from '../../components/Notice.js';
import { Page } from '../../components/Page.js';
import { formatShortDay } from '../events/time.js';
import { messageOf } from '../organisation/labels.js';
import { NarrativePartSection, partAnchor } from './NarrativePartSection.js';
import { QuestionList } from './QuestionList.js';
import './narrative.css';

/** A table of contents helps from this many parts on; fewer read fine without one. */
const CONTENTS_FROM = 4;

/**
 * /fortaelling: the published narrative as one calm page, part by part, with the questions
 * leaders asked about each part (answered ones for all, never who asked).
 */
export function NarrativePage() {
  const { t, i18n } = useTranslation();
  const [reading, setReading] = useState<NarrativeReadingRes | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);

  const load = useCallback(() => {
    getNarrative()
      .then((r) => {
        setReading(r);
        setError(null);
      })
      .catch((err: unknown) => setError(messageOf(err)));
  }, []);
  useEffect(load, [load]);

  const changed = (text: string) => {
    setNotice({ variant: 'success', text });
    load();
  };

  const published = reading?.published ?? null;
  const parts = published?.document.parts ?? [];
  const keys = new Set(parts.map((p) => p.key));
  // Questions on a part a later version removed: administrators may still answer them.
  const orphans = reading?.questions.filter((q) => !keys.has(q.partKey)) ?? [];

  return (
    <Page title={t('narrative.title')}>
      <Notice notice={notice} />
      {error && (
        <Alert variant="error">
          <p>{error}</p>
        </Alert>
      )}
      {!reading ? (
        !error && <p>{t('common.loading')}</p>
      ) : (
        <>
          {reading.canManage && (
            <div className="aktion-actions aktion-narrative-manage">
              <Link className="button button-secondary" to="/fortaelling/rediger">
                {t('narrative.read.edit')}
              </Link>
              {reading.openQuestions > 0 && published && (
                <p>
                  <a href="#narrative-open-questions-first">
                    {t('narrative.read.openQuestions', { count: reading.openQuestions })}
                  </a>
                </p>
              )}
            </div>
          )}
          {!published ? (
            <>
              <p>{t('narrative.read.none')}</p>
              {reading.canManage && (
                <p>
                  <Link to="/fortaelling/rediger">{t('narrative.read.write')}</Link>
                </p>
              )}
            </>
          ) : (
            <article className="aktion-narrative" aria-labelledby="narrative-document-title">
              <p className="font-lead aktion-narrative-title" id="narrative-document-title">
                {published.document.title}
              </p>
              {published.publishedAt && (
                <p className="aktion-narrative-meta">
                  {t('narrative.read.published', {
                    date: formatShortDay(published.publishedAt, i18n.language),
                    version: published.version,
                  })}
                </p>
              )}
              {parts.length >= CONTENTS_FROM && (
                <nav aria-labelledby="narrative-contents-heading" className="aktion-narrative-contents">
                  <h2 id="narrative-contents-heading" className="h4">
                    {t('narrative.read.contents')}
                  </h2>
                  <ol>
                    {parts.map((p) => (
                      <li key={p.key}>
                        <a href={`#${partAnchor(p.key)}`}>{p.headline}</a>
                      </li>
                    ))}
                  </ol>
                </nav>
              )}
              {parts.map((part) => (
                <NarrativePartSection
                  key={part.key}
                  part={part}
                  reading={reading}
                  firstOpen={firstOpenKey(reading) === part.key}
                  onChanged={changed}
                />
              ))}
              {orphans.length > 0 && (
                <section aria-labelledby="narrative-orphans-heading" className="aktion-narrative-part">
                  <h2 id="narrative-orphans-heading">{t('narrative.read.orphans')}</h2>
                  <QuestionList
                    questions={orphans}
                    canManage={reading.canManage}
                    firstOpen={firstOpenKey(reading) === null}
                    onChanged={changed}
                  />
                </section>
              )}
            </article>
          )}
        </>
      )}
    </Page>
  );
}

/** The part that holds the first open question in reading order (null: an orphaned one), for the link above. */
function firstOpenKey(reading: NarrativeReadingRes): string | null | undefined {
  if (!reading.canManage) return undefined;
  const open = new Set(reading.questions.filter((q) => q.answer === null).map((q) => q.partKey));
  const parts = reading.published?.document.parts ?? [];
  const first = parts.find((p) => open.has(p.key));
  if (first) return first.key;
  return open.size > 0 ? null : undefined;
}
