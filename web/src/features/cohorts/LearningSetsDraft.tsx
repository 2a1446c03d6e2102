import { type DragEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HeldConstraintRes, SetMemberRes } from '../../../../core/schemas/learning-sets.js';
import { Alert } from '../../components/Alert.js';
import { SelectField } from '../../components/SelectField.js';
import { Constraints, DRAG_TYPE, MoveRow, useScoreText } from './LearningSetsParts.js';
import {
  type Draft,
  draftOverall,
  managerConflicts,
  moveMember,
  NO_SET,
  outOf100,
  pairsInvolving,
  scoreMembers,
  setFacilitator,
  setsWithPairs,
} from './learningSets.js';

interface Props {
  draft: Draft;
  onChange: (draft: Draft) => void;
  constraints: HeldConstraintRes[];
  fromProposal: boolean;
  facilitatorOptions: Array<{ value: string; label: string }>;
  ids: { move: (personId: string) => string; facilitator: (setKey: string) => string; prefix: string };
  errorFor: (id: string) => string | undefined;
  /** Says what happened, in the section's live region. */
  onStatus: (text: string) => void;
  busy: boolean;
  onSave: () => void;
  onDiscard: () => void;
}

/**
 * The split being edited: people move by dragging them onto another set, or with "Flyt til" and
 * a button (keyboard); each set's score and the whole update as they move, and a manager placed
 * with their own report is warned about at once and marked until someone moves.
 */
export function LearningSetsDraft(props: Props) {
  const { draft, onChange, ids, onStatus } = props;
  const { t } = useTranslation();
  const scoreText = useScoreText();
  const [targets, setTargets] = useState<Record<string, string>>({});
  const [dragging, setDragging] = useState<string | null>(null);
  const [over, setOver] = useState<string | null>(null);
  const [focusAfterMove, setFocusAfterMove] = useState<string | null>(null);

  useEffect(() => {
    if (!focusAfterMove) return;
    document.getElementById(focusAfterMove)?.focus();
    setFocusAfterMove(null);
  }, [focusAfterMove]);

  const everyone = [...draft.sets.flatMap((s) => s.members), ...draft.unassigned];
  const move = (person: SetMemberRes, to: string, byKeyboard: boolean) => {
    const from = draft.sets.find((s) => s.members.some((m) => m.personId === person.personId))?.key ?? NO_SET;
    if (from === to) return;
    const next = moveMember(draft, person.personId, to);
    onChange(next);
    setTargets(({ [person.personId]: _, ...rest }) => rest);
    const target = next.sets.find((s) => s.key === to);
    const moved = target
      ? t('learningSets.moved', {
          name: person.name,
          set: target.name,
          score: scoreText(target.members, scoreMembers(target.members)),
        })
      : t('learningSets.movedOut', { name: person.name });
    const overall = t('learningSets.overallNow', { score: outOf100(draftOverall(next).total) });
    const pairs = pairsInvolving(next, person.personId).map((c) => t('learningSets.managerBroken', c));
    onStatus(
      pairs.length
        ? t('learningSets.movedWithPair', { moved: `${moved} ${overall}`, pair: pairs.join(' ') })
        : `${moved} ${overall}`,
    );
    if (byKeyboard) setFocusAfterMove(ids.move(person.personId));
  };

  const dropZone = (key: string) => ({
    onDragOver: (e: DragEvent<HTMLElement>) => {
      if (!dragging) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'move';
      if (over !== key) setOver(key);
    },
    onDragLeave: (e: DragEvent<HTMLElement>) => {
      if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(null);
    },
    onDrop: (e: DragEvent<HTMLElement>) => {
      e.preventDefault();
      const id = e.dataTransfer.getData(DRAG_TYPE) || dragging;
      const person = everyone.find((p) => p.personId === id);
      setOver(null);
      setDragging(null);
      if (person) move(person, key, false);
    },
  });
  const zoneClass = (key: string) =>
    `aktion-panel aktion-drop-zone${over === key ? ' aktion-drop-over' : ''}`;

  const row = (m: SetMemberRes, options: Array<{ value: string; label: string }>) => (
    <MoveRow
      key={m.personId}
      member={m}
      selectId={ids.move(m.personId)}
      options={options}
      value={targets[m.personId]}
      onChoose={(v) => setTargets((all) => ({ ...all, [m.personId]: v }))}
      onMove={(to) => move(m, to, true)}
      onDragStart={setDragging}
      onDragEnd={() => {
        setDragging(null);
        setOver(null);
      }}
    />
  );

  const overall = draftOverall(draft);
  const conflicts = managerConflicts(draft);
  const marked = setsWithPairs(draft);
  return (
    <div className="mt-6">
      <h3>{props.fromProposal ? t('learningSets.proposalHeading') : t('learningSets.draftHeading')}</h3>
      <p>
        <strong>{t('learningSets.overall', { score: outOf100(overall.total) })}</strong>
      </p>
      {conflicts.length > 0 && (
        <Alert variant="warning" heading={t('learningSets.pairWarningHeading')} headingLevel={3} quiet>
          <p>{t('learningSets.pairWarningIntro')}</p>
          <ul>
            {conflicts.map((c) => (
              <li key={`${c.manager}-${c.report}`}>{t('learningSets.managerBroken', c)}</li>
            ))}
          </ul>
        </Alert>
      )}
      <Constraints constraints={conflicts.length ? [] : props.constraints} />
      <p className="form-hint">{t('learningSets.dragHint')}</p>
      <div className="aktion-learning-sets">
        {draft.sets.map((set) => {
          const headingId = `${ids.prefix}-h-${set.key}`;
          const others = [
            ...draft.sets.filter((s) => s.key !== set.key).map((s) => ({ value: s.key, label: s.name })),
            { value: NO_SET, label: t('learningSets.unassigned') },
          ];
          return (
            <section
              key={set.key}
              className={zoneClass(set.key)}
              aria-labelledby={headingId}
              {...dropZone(set.key)}
            >
              <h4 id={headingId}>
                {set.name}{' '}
                <span className="form-hint">
                  ({t('learningSets.members', { count: set.members.length })})
                </span>
              </h4>
              <p>{scoreText(set.members, scoreMembers(set.members))}</p>
              {marked.has(set.key) && (
                <p className="aktion-pair-mark">
                  <strong>{t('learningSets.pairInSet')}</strong>
                </p>
              )}
              <SelectField
                id={ids.facilitator(set.key)}
                label={t('learningSets.facilitator', { name: set.name })}
                value={set.facilitatorUserId}
                onChange={(v) => onChange(setFacilitator(draft, set.key, v))}
                options={props.facilitatorOptions}
                error={props.errorFor(ids.facilitator(set.key))}
              />
              {set.members.length === 0 && <p>{t('learningSets.empty')}</p>}
              <ul className="nobullet-list">{set.members.map((m) => row(m, others))}</ul>
            </section>
          );
        })}
        {(draft.unassigned.length > 0 || dragging) && (
          <section
            className={zoneClass(NO_SET)}
            aria-labelledby={`${ids.prefix}-h-none`}
            {...dropZone(NO_SET)}
          >
            <h4 id={`${ids.prefix}-h-none`}>{t('learningSets.unassigned')}</h4>
            <p>{t('learningSets.unassignedIntro')}</p>
            <ul className="nobullet-list">
              {draft.unassigned.map((m) =>
                row(
                  m,
                  draft.sets.map((s) => ({ value: s.key, label: s.name })),
                ),
              )}
            </ul>
          </section>
        )}
      </div>
      <div className="mt-4">
        <button type="button" className="button button-primary" disabled={props.busy} onClick={props.onSave}>
          {props.busy ? t('learningSets.saving') : t('learningSets.save')}
        </button>
        <button type="button" className="button button-secondary ml-4" onClick={props.onDiscard}>
          {t('learningSets.discard')}
        </button>
      </div>
    </div>
  );
}
