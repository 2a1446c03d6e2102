import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type {
  FocusAreaOption,
  JournalEntryRes,
  MyActionLearningCohortRes,
  WriteJournalEntryReq,
} from '../../../../core/schemas/action-projects.js';
import { getMyActionLearning, writeJournalEntry } from '../../api/actionLearning.js';
import { Alert } from '../../components/Alert.js';
import { Notice, type NoticeMessage } from '../../components/Notice.js';
import { Page } from '../../components/Page.js';
import { messageOf } from '../organisation/labels.js';
import { EntryCard } from './EntryCard.js';
import { EntryFields } from './EntryFields.js';
import { JournalReminderSetting } from './JournalReminderSetting.js';
import { ProjectForm } from './ProjectForm.js';
import { ProjectSummary } from './ProjectSummary.js';
import { SharedSection } from './SharedSection.js';
import './action-learning.css';

type Notify = (variant: 'success' | 'error', text: string) => void;

/** /mit-program/aktionslaering: my action project, my journal, and what my set shares with me. */
export function ActionLearningPage() {
  const { t } = useTranslation();
  const [data, setData] = useState<{
    cohorts: MyActionLearningCohortRes[];
    focusAreas: FocusAreaOption[];
  } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const notify = useCallback<Notify>((variant, text) => setNotice({ variant, text }), []);
  // `?sporgsmaal=` (from the self-assessment profile) suggests the project's question.
  const suggestion = useSearchParams()[0].get('sporgsmaal')?.trim().slice(0, 2000) || null;

  useEffect(() => {
    let cancelled = false;
    getMyActionLearning()
      .then((res) => !cancelled && setData(res))
      .catch((err: unknown) => !cancelled && setError(messageOf(err)));
    return () => {
      cancelled = true;
    };
  }, []);

  return (
    <Page title={t('actionLearning.title')}>
      <p>{t('actionLearning.intro')}</p>
      {error && (
        <Alert variant="error">
          <p>{error}</p>
        </Alert>
      )}
      <Notice notice={notice} />
      {!data && !error && <p>{t('common.loading')}</p>}
      {data?.cohorts.length === 0 && <p>{t('actionLearning.none')}</p>}
      {data?.cohorts.map((c, i) => (
        <CohortActionLearning
          key={c.cohortId}
          cohort={c}
          focusAreas={data.focusAreas}
          onNotice={notify}
          suggestion={i === 0 ? suggestion : null}
        />
      ))}
    </Page>
  );
}

function CohortActionLearning({
  cohort,
  focusAreas,
  onNotice,
  suggestion,
}: {
  cohort: MyActionLearningCohortRes;
  focusAreas: FocusAreaOption[];
  onNotice: Notify;
  suggestion: string | null;
}) {
  const { t } = useTranslation();
  const [project, setProject] = useState(cohort.project);
  const [editingProject, setEditingProject] = useState(suggestion !== null);
  // The suggestion fills in the form once; saving or cancelling uses it up.
  const [suggested, setSuggested] = useState(suggestion);
  const areaNames = new Map(focusAreas.map((f) => [f.id, f.name]));
  const [entries, setEntries] = useState<JournalEntryRes[]>(cohort.entries);
  const id = cohort.cohortId;

  const write = async (body: WriteJournalEntryReq) => {
    const created = await writeJournalEntry(id, body);
    setEntries((list) => [created, ...list]);
    onNotice('success', t('actionLearning.journal.written'));
  };
  const changed = (entryId: string) => (entry: JournalEntryRes | null) =>
    setEntries((list) =>
      entry ? list.map((e) => (e.id === entryId ? entry : e)) : list.filter((e) => e.id !== entryId),
    );

  return (
    <section aria-labelledby={`al-${id}`} className="mt-8">
      <h2 id={`al-${id}`}>{cohort.cohortName}</h2>

      <section aria-labelledby={`al-project-${id}`}>
        <h3 id={`al-project-${id}`}>{t('actionLearning.project.heading')}</h3>
        <p>{t('actionLearning.project.intro')}</p>
        {project && !editingProject ? (
          <>
            <ProjectSummary project={project} areaNames={areaNames} />
            <div className="aktion-actions">
              <button
                type="button"
                className="button button-secondary"
                onClick={() => setEditingProject(true)}
              >
                {t('actionLearning.project.edit')}
              </button>
              <Link className="button button-tertiary" to={`/indsigter/ny?kilde=project:${project.id}`}>
                {t('actionLearning.makeInsight')}
              </Link>
            </div>
          </>
        ) : (
          <>
            {suggested && (
              <Alert variant="info" heading={t('assessment.suggestion.heading')} headingLevel={3}>
                <p>{t('assessment.suggestion.text')}</p>
              </Alert>
            )}
            <ProjectForm
              cohortId={id}
              suggestedQuestion={suggested}
              project={project}
              focusAreas={focusAreas}
              inSet={cohort.inSet}
              onSaved={(saved) => {
                setProject(saved);
                setEditingProject(false);
                setSuggested(null);
                onNotice('success', t('actionLearning.project.saved'));
              }}
              onCancel={
                project
                  ? () => {
                      setEditingProject(false);
                      setSuggested(null);
                    }
                  : undefined
              }
            />
          </>
        )}
      </section>

      <section aria-labelledby={`al-journal-${id}`} className="mt-7">
        <h3 id={`al-journal-${id}`}>{t('actionLearning.journal.heading')}</h3>
        <p>{t('actionLearning.journal.intro')}</p>
        <EntryFields
          idPrefix={`new-${id}`}
          inSet={cohort.inSet}
          submitLabel={t('actionLearning.journal.write')}
          onSubmit={write}
        />
        <JournalReminderSetting cohortId={id} />
        <h4 className="mt-6">{t('actionLearning.journal.entries')}</h4>
        {entries.length === 0 && <p>{t('actionLearning.journal.empty')}</p>}
        {entries.map((e) => (
          <EntryCard
            key={e.id}
            entry={e}
            inSet={cohort.inSet}
            onChanged={changed(e.id)}
            onNotice={onNotice}
          />
        ))}
      </section>

      {cohort.inSet && <SharedSection cohortId={id} as="member" onNotice={onNotice} />}
    </section>
  );
}
