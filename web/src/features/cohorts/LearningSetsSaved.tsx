import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LearningSetsRes } from '../../../../core/schemas/learning-sets.js';
import { Constraints, MemberLine, useScoreText } from './LearningSetsParts.js';
import { outOf100 } from './learningSets.js';
import { setMeetingsPath } from './setMeetings.js';

/** The saved split: each set with its score, facilitator, members and a link to its meetings. */
export function LearningSetsSaved({
  saved,
  idPrefix,
  busy,
  onToggleLock,
}: {
  saved: LearningSetsRes;
  idPrefix: string;
  busy: boolean;
  onToggleLock: (lock: boolean) => void;
}) {
  const { t } = useTranslation();
  const scoreText = useScoreText();
  const locked = saved.lockedAt !== null;
  return (
    <div className="mt-6">
      <h3>{t('learningSets.savedHeading')}</h3>
      {saved.sets.length === 0 && <p>{t('learningSets.none')}</p>}
      {saved.sets.length > 0 && saved.overall && (
        <>
          <p>
            <strong>{t('learningSets.overall', { score: outOf100(saved.overall.total) })}</strong>
          </p>
          <Constraints constraints={saved.constraints} />
          <div className="aktion-learning-sets">
            {saved.sets.map((set) => (
              <section key={set.id} className="aktion-panel" aria-labelledby={`${idPrefix}-saved-${set.id}`}>
                <h4 id={`${idPrefix}-saved-${set.id}`}>{set.name}</h4>
                <p>{scoreText(set.members, set.score)}</p>
                <p>
                  {set.facilitator
                    ? t('learningSets.facilitatorShown', { name: set.facilitator.name })
                    : t('learningSets.noFacilitator')}
                </p>
                <ul>
                  {set.members.map((m) => (
                    <li key={m.personId}>
                      <MemberLine m={m} />
                    </li>
                  ))}
                </ul>
                <p>
                  <Link to={setMeetingsPath(saved.cohortId, set.id)}>
                    {t('learningSets.meetingsLink', { name: set.name })}
                  </Link>
                </p>
              </section>
            ))}
          </div>
          {saved.unassigned.length > 0 && (
            <>
              <h4>{t('learningSets.unassigned')}</h4>
              <ul>
                {saved.unassigned.map((m) => (
                  <li key={m.personId}>
                    <MemberLine m={m} />
                  </li>
                ))}
              </ul>
            </>
          )}
          <button
            type="button"
            className="button button-secondary mt-4"
            disabled={busy}
            onClick={() => onToggleLock(!locked)}
          >
            {locked ? t('learningSets.unlock') : t('learningSets.lock')}
          </button>
        </>
      )}
    </div>
  );
}
