import { useTranslation } from 'react-i18next';
import type { NarrativePart, NarrativeReadingRes } from '../../../../core/schemas/narrative.js';
import { GlossaryText } from '../../components/GlossaryText.js';
import { AskQuestionForm } from './AskQuestionForm.js';
import { QuestionList } from './QuestionList.js';

/** The anchor of a part, for the table of contents (keys are a–z, 0–9, _ and -). */
export const partAnchor = (key: string) => `del-${key}`;

interface Props {
  part: NarrativePart;
  reading: NarrativeReadingRes;
  /** This part holds the first open question (administrators' link above goes there). */
  firstOpen: boolean;
  onChanged: (notice: string) => void;
}

/** One part: headline, plain text, what it means for a leader, principles, focus areas, questions. */
export function NarrativePartSection({ part, reading, firstOpen, onChanged }: Props) {
  const { t } = useTranslation();
  const headingId = partAnchor(part.key);
  const areaName = new Map(reading.focusAreas.map((a) => [a.id, a.name]));
  const areas = part.focusAreaIds.map((id) => areaName.get(id)).filter((n): n is string => Boolean(n));
  const questions = reading.questions.filter((q) => q.partKey === part.key);

  return (
    <section className="aktion-narrative-part" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {part.headline}
      </h2>
      <div className="aktion-narrative-body">
        <GlossaryText text={part.body} />
      </div>
      {part.forLeaders.trim() && (
        <div className="aktion-narrative-leaders">
          <h3 className="h4">{t('narrative.read.forLeaders')}</h3>
          <GlossaryText text={part.forLeaders} />
        </div>
      )}
      {part.principles.length > 0 && (
        <div className="aktion-narrative-principles">
          <h3 className="h4">{t('narrative.read.principles')}</h3>
          <ul>
            {part.principles.map((p) => (
              <li key={p}>
                <GlossaryText text={p} inline />
              </li>
            ))}
          </ul>
        </div>
      )}
      {areas.length > 0 && (
        <div className="aktion-narrative-areas">
          <span id={`${headingId}-areas`}>{t('narrative.read.focusAreas')}:</span>
          <ul className="aktion-narrative-tags" aria-labelledby={`${headingId}-areas`}>
            {areas.map((name) => (
              <li key={name} className="badge">
                {name}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="aktion-narrative-questions">
        <h3 className="h4">{t('narrative.read.questionsHeading')}</h3>
        {questions.length === 0 ? (
          <p className="aktion-narrative-quiet">{t('narrative.read.noQuestions')}</p>
        ) : (
          <QuestionList
            questions={questions}
            canManage={reading.canManage}
            firstOpen={firstOpen}
            onChanged={onChanged}
          />
        )}
        <AskQuestionForm part={part} onAsked={onChanged} />
      </div>
    </section>
  );
}
