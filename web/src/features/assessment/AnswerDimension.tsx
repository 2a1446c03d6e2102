import { useTranslation } from 'react-i18next';
import type { Answer } from '../../../../core/assessment/instrument.js';
import type { InstrumentView } from '../../../../core/schemas/assessment.js';
import type { AnswerMap } from './answering.js';
import { useLeaderText } from './leaderText.js';
import { ScaleQuestion } from './ScaleQuestion.js';

type Dimension = InstrumentView['dimensions'][number];

interface Props {
  dimension: Dimension;
  /** Only these of the dimension's statements (the review shows those without an answer). */
  itemKeys?: readonly string[];
  answers: AnswerMap;
  onAnswer: (key: string, value: Answer) => void;
  errorFor: (id: string) => string | undefined;
  fieldId: (key: string) => string;
}

/** The statements of one dimension, each as a radio group. */
export function AnswerDimension({ dimension, itemKeys, answers, onAnswer, errorFor, fieldId }: Props) {
  const { t } = useTranslation();
  const localized = useLeaderText();
  const total = dimension.items.length;
  return (
    <>
      {dimension.items.map((item, i) =>
        itemKeys && !itemKeys.includes(item.key) ? null : (
          <ScaleQuestion
            key={item.key}
            itemKey={item.key}
            text={localized(item.text)}
            position={t('assessment.answer.statement', { number: i + 1, total })}
            value={answers[item.key]}
            onChange={(value) => onAnswer(item.key, value)}
            error={errorFor(fieldId(item.key))}
          />
        ),
      )}
    </>
  );
}
