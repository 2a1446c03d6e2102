import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SharedWithMeRes } from '../../../../core/schemas/action-projects.js';
import { getSharedWithMe } from '../../api/actionLearning.js';
import { Alert } from '../../components/Alert.js';
import { messageOf } from '../organisation/labels.js';
import { EntryCard } from './EntryCard.js';
import { ProjectSummary } from './ProjectSummary.js';
import './action-learning.css';

interface Props {
  cohortId: string;
  /** As facilitator (on the cohort's page) or as a member of a set (on my own page). */
  as: 'member' | 'facilitator';
  onNotice: (variant: 'success' | 'error', text: string) => void;
}

/** Projects and entries others shared with me in the cohort, with room to comment. */
export function SharedSection({ cohortId, as, onNotice }: Props) {
  const { t } = useTranslation();
  const [shared, setShared] = useState<SharedWithMeRes | null>(null);
  const [error, setError] = useState<string | null>(null);
  const headingId = `shared-${as}-${cohortId}`;

  useEffect(() => {
    let cancelled = false;
    getSharedWithMe(cohortId)
      .then((res) => !cancelled && setShared(res))
      .catch((err: unknown) => !cancelled && setError(messageOf(err)));
    return () => {
      cancelled = true;
    };
  }, [cohortId]);

  const areaNames = new Map(shared?.focusAreas.map((f) => [f.id, f.name]));
  const empty = shared && shared.projects.length === 0 && shared.entries.length === 0;
  const heading = as === 'facilitator' ? 'facilitatorHeading' : 'heading';
  return (
    <section aria-labelledby={headingId} className="mt-7">
      <h3 id={headingId}>{t(`actionLearning.shared.${heading}`)}</h3>
      <p>
        {t(as === 'facilitator' ? 'actionLearning.shared.facilitatorIntro' : 'actionLearning.shared.intro')}
      </p>
      {error && (
        <Alert variant="error">
          <p>{error}</p>
        </Alert>
      )}
      {empty && <p>{t('actionLearning.shared.none')}</p>}
      {shared && shared.projects.length > 0 && (
        <>
          <h4>{t('actionLearning.shared.projects')}</h4>
          {shared.projects.map((p) => (
            <ProjectSummary key={p.id} project={p} areaNames={areaNames} ownerName={p.ownerName} collapsed />
          ))}
        </>
      )}
      {shared && shared.entries.length > 0 && (
        <>
          <h4>{t('actionLearning.shared.entries')}</h4>
          {shared.entries.map((e) => (
            <EntryCard key={e.id} entry={e} authorName={e.authorName} onNotice={onNotice} />
          ))}
        </>
      )}
    </section>
  );
}
