import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiversityScore } from '../../../../core/learning-sets.js';
import type { HeldConstraintRes, SetMemberRes } from '../../../../core/schemas/learning-sets.js';
import { mixCounts, NO_SET, outOf100 } from './learningSets.js';

/** Plain words for a set's score: "Blanding: 83 af 100 — 5 områder, 4 fagligheder, 3 niveauer". */
export function useScoreText() {
  const { t } = useTranslation();
  return (members: readonly SetMemberRes[], score: DiversityScore) => {
    const mix = mixCounts(members);
    return `${t('learningSets.score', { score: outOf100(score.total) })} — ${[
      t('learningSets.mixAreas', { count: mix.areas }),
      t('learningSets.mixFields', { count: mix.fields }),
      t('learningSets.mixLevels', { count: mix.levels }),
    ].join(', ')}`;
  };
}

export function Constraints({ constraints }: { constraints: HeldConstraintRes[] }) {
  const { t } = useTranslation();
  if (constraints.length === 0) return null;
  return (
    <>
      <h4>{t('learningSets.constraintsHeading')}</h4>
      <ul>
        {constraints.map((c) => (
          <li key={c.kind}>
            {c.kind === 'manager_apart'
              ? c.pairs === 0
                ? t('learningSets.managerApartNone')
                : t('learningSets.managerApart', { count: c.pairs })
              : c.min === c.max
                ? t('learningSets.setSizeOne', { min: c.min })
                : t('learningSets.setSize', { min: c.min, max: c.max })}
          </li>
        ))}
      </ul>
    </>
  );
}

export function MemberLine({ m }: { m: SetMemberRes }) {
  const { t } = useTranslation();
  return (
    <>
      <strong>{m.name}</strong>
      <span className="form-hint">
        {' '}
        {m.areaName ?? t('learningSets.noArea')} · {m.fieldName ?? t('learningSets.noField')} ·{' '}
        {t(`levels.${m.level}`)}
      </span>
    </>
  );
}

/** The person being dragged travels as plain text: their id. */
export const DRAG_TYPE = 'text/plain';

/**
 * One person in a set: draggable onto another set, and with "Flyt til" and a button, so moving
 * works by keyboard alone.
 */
export function MoveRow({
  member,
  selectId,
  options,
  value,
  onChoose,
  onMove,
  onDragStart,
  onDragEnd,
}: {
  member: SetMemberRes;
  selectId: string;
  options: Array<{ value: string; label: string }>;
  value: string | undefined;
  onChoose: (value: string) => void;
  onMove: (to: string) => void;
  onDragStart: (personId: string) => void;
  onDragEnd: () => void;
}) {
  const { t } = useTranslation();
  const chosen = value ?? options[0]?.value ?? NO_SET;
  const start = (e: DragEvent<HTMLLIElement>) => {
    e.dataTransfer.setData(DRAG_TYPE, member.personId);
    e.dataTransfer.effectAllowed = 'move';
    onDragStart(member.personId);
  };
  return (
    <li
      className="aktion-learning-set-member aktion-draggable"
      draggable
      onDragStart={start}
      onDragEnd={onDragEnd}
      data-person-id={member.personId}
    >
      <MemberLine m={member} />
      <div className="aktion-inline-move">
        <label className="form-label" htmlFor={selectId}>
          {t('learningSets.moveTo', { name: member.name })}
        </label>
        <select
          id={selectId}
          className="form-select"
          value={chosen}
          onChange={(e) => onChoose(e.target.value)}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        <button type="button" className="button button-secondary" onClick={() => onMove(chosen)}>
          {t('learningSets.move')}
          <span className="sr-only"> {member.name}</span>
        </button>
      </div>
    </li>
  );
}
