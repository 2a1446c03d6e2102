import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiversityScore } from '../../../../core/learning-sets.js';
import type {
  HeldConstraintRes,
  LearningSetsRes,
  SetMemberRes,
} from '../../../../core/schemas/learning-sets.js';
import { ApiError } from '../../api/client.js';
import {
  getLearningSets,
  lockLearningSets,
  proposeLearningSets,
  saveLearningSets,
} from '../../api/learningSets.js';
import { Alert } from '../../components/Alert.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { SelectField } from '../../components/SelectField.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import { messageOf } from '../organisation/labels.js';
import {
  DEFAULT_SIZE,
  type Draft,
  draftFromProposal,
  draftFromSaved,
  draftOverall,
  managerConflicts,
  mixCounts,
  moveMember,
  NO_SET,
  outOf100,
  SIZE_CHOICES,
  scoreMembers,
  setFacilitator,
  toSaveBody,
} from './learningSets.js';
import type { Person } from './parts.js';

/** Plain words for a set's score: "Blanding: 83 af 100 — 5 områder, 4 fagligheder, 3 niveauer". */
function useScoreText() {
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

function Constraints({ constraints }: { constraints: HeldConstraintRes[] }) {
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

function MemberLine({ m }: { m: SetMemberRes }) {
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

/**
 * "Læringssæt" on the cohort page, for those who run the cohort: propose a split of a chosen
 * size, move people with a "Flyt til" select per person (scores update as they move), name a
 * facilitator per set, save, and lock or unlock the saved split.
 */
export function LearningSetsSection({
  cohortId,
  facilitators,
}: {
  cohortId: string;
  facilitators: Person[];
}) {
  const { t } = useTranslation();
  const idPrefix = useId();
  const sizeId = `${idPrefix}-size`;
  const form = useFormErrors();
  const scoreText = useScoreText();
  const [saved, setSaved] = useState<LearningSetsRes | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [size, setSize] = useState(String(DEFAULT_SIZE));
  const [draft, setDraft] = useState<Draft | null>(null);
  const [constraints, setConstraints] = useState<HeldConstraintRes[]>([]);
  const [fromProposal, setFromProposal] = useState(false);
  const [targets, setTargets] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [focusAfterMove, setFocusAfterMove] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    getLearningSets(cohortId)
      .then((s) => !cancelled && setSaved(s))
      .catch((err: unknown) => !cancelled && setLoadError(messageOf(err)));
    return () => {
      cancelled = true;
    };
  }, [cohortId]);

  useEffect(() => {
    if (!focusAfterMove) return;
    document.getElementById(focusAfterMove)?.focus();
    setFocusAfterMove(null);
  }, [focusAfterMove]);

  const moveSelectId = (personId: string) => `${idPrefix}-move-${personId}`;
  const facilitatorSelectId = (key: string) => `${idPrefix}-facilitator-${key}`;
  const locked = saved?.lockedAt != null;

  const fail = (error: unknown, fieldId: string) => {
    const fields = error instanceof ApiError ? Object.values(error.fields) : [];
    form.show(
      fields.length
        ? fields.map((message) => ({ id: fieldId, message }))
        : [{ id: fieldId, message: messageOf(error) }],
    );
  };

  const propose = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setStatus(t('learningSets.proposing'));
    try {
      const proposal = await proposeLearningSets(cohortId, { size: Number(size) });
      setDraft(draftFromProposal(proposal));
      setConstraints(proposal.constraints);
      setFromProposal(true);
      setTargets({});
      form.clear();
      setStatus(t('learningSets.proposed', { count: proposal.sets.length }));
    } catch (error) {
      setStatus('');
      fail(error, sizeId);
    } finally {
      setBusy(false);
    }
  };

  const move = (person: SetMemberRes, to: string) => {
    if (!draft) return;
    const next = moveMember(draft, person.personId, to);
    setDraft(next);
    setTargets((all) => {
      const rest = { ...all };
      delete rest[person.personId];
      return rest;
    });
    const target = next.sets.find((s) => s.key === to);
    setStatus(
      target
        ? t('learningSets.moved', {
            name: person.name,
            set: target.name,
            score: scoreText(target.members, scoreMembers(target.members)),
          })
        : t('learningSets.movedOut', { name: person.name }),
    );
    setFocusAfterMove(moveSelectId(person.personId));
  };

  const save = async () => {
    if (!draft) return;
    const conflicts = managerConflicts(draft);
    const firstSet = draft.sets[0];
    if (conflicts.length) {
      return form.show(
        conflicts.map((c) => ({
          id: firstSet ? facilitatorSelectId(firstSet.key) : sizeId,
          message: t('learningSets.managerBroken', c),
        })),
      );
    }
    setBusy(true);
    try {
      const result = await saveLearningSets(cohortId, toSaveBody(draft));
      setSaved(result);
      setDraft(null);
      form.clear();
      setStatus(t('learningSets.saved'));
    } catch (error) {
      fail(error, firstSet ? facilitatorSelectId(firstSet.key) : sizeId);
    } finally {
      setBusy(false);
    }
  };

  const toggleLock = async (lock: boolean) => {
    setBusy(true);
    try {
      setSaved(await lockLearningSets(cohortId, lock));
      form.clear();
      setStatus(lock ? t('learningSets.lockedDone') : t('learningSets.unlockedDone'));
    } catch (error) {
      fail(error, sizeId);
    } finally {
      setBusy(false);
    }
  };

  const facilitatorOptions = [
    { value: '', label: t('learningSets.noFacilitator') },
    ...facilitators.map((f) => ({ value: f.id, label: f.name })),
  ];
  const overall = draft ? draftOverall(draft) : null;
  const hasSaved = (saved?.sets.length ?? 0) > 0;

  return (
    <section aria-labelledby="learning-sets-heading" id="laeringssaet" className="mt-8">
      <h2 id="learning-sets-heading">{t('learningSets.heading')}</h2>
      <p>{t('learningSets.intro')}</p>
      <p className="sr-only" aria-live="polite" aria-atomic="true">
        {status}
      </p>
      {loadError && (
        <Alert variant="error">
          <p>{loadError}</p>
        </Alert>
      )}
      <ErrorSummary errors={form.errors} focusSignal={form.focusSignal} />
      {!saved && !loadError && <p>{t('learningSets.loading')}</p>}
      {saved && locked && (
        <Alert variant="info">
          <p>{t('learningSets.locked')}</p>
        </Alert>
      )}
      {saved && !locked && (
        <form onSubmit={propose} noValidate className="aktion-panel">
          <SelectField
            id={sizeId}
            label={t('learningSets.size')}
            hint={t('learningSets.sizeHint')}
            value={size}
            onChange={setSize}
            options={SIZE_CHOICES.map((n) => ({ value: String(n), label: String(n) }))}
            error={form.errorFor(sizeId)}
          />
          <button type="submit" className="button button-primary" disabled={busy}>
            {draft && fromProposal ? t('learningSets.proposeAgain') : t('learningSets.propose')}
          </button>
          {hasSaved && !draft && (
            <button
              type="button"
              className="button button-secondary ml-4"
              onClick={() => {
                setDraft(draftFromSaved(saved));
                setConstraints(saved.constraints);
                setFromProposal(false);
              }}
            >
              {t('learningSets.edit')}
            </button>
          )}
        </form>
      )}

      {draft && overall && !locked && (
        <div className="mt-6">
          <h3>{fromProposal ? t('learningSets.proposalHeading') : t('learningSets.draftHeading')}</h3>
          <p>
            <strong>{t('learningSets.overall', { score: outOf100(overall.total) })}</strong>
          </p>
          <Constraints constraints={managerConflicts(draft).length ? [] : constraints} />
          <div className="aktion-learning-sets">
            {draft.sets.map((set) => {
              const others = [
                ...draft.sets.filter((s) => s.key !== set.key).map((s) => ({ value: s.key, label: s.name })),
                { value: NO_SET, label: t('learningSets.unassigned') },
              ];
              return (
                <section key={set.key} className="aktion-panel" aria-labelledby={`${idPrefix}-h-${set.key}`}>
                  <h4 id={`${idPrefix}-h-${set.key}`}>
                    {set.name}{' '}
                    <span className="form-hint">
                      ({t('learningSets.members', { count: set.members.length })})
                    </span>
                  </h4>
                  <p>{scoreText(set.members, scoreMembers(set.members))}</p>
                  <SelectField
                    id={facilitatorSelectId(set.key)}
                    label={t('learningSets.facilitator', { name: set.name })}
                    value={set.facilitatorUserId}
                    onChange={(v) => setDraft((d) => (d ? setFacilitator(d, set.key, v) : d))}
                    options={facilitatorOptions}
                    error={form.errorFor(facilitatorSelectId(set.key))}
                  />
                  {set.members.length === 0 && <p>{t('learningSets.empty')}</p>}
                  <ul className="nobullet-list">
                    {set.members.map((m) => (
                      <MoveRow
                        key={m.personId}
                        member={m}
                        selectId={moveSelectId(m.personId)}
                        options={others}
                        value={targets[m.personId]}
                        onChoose={(v) => setTargets((all) => ({ ...all, [m.personId]: v }))}
                        onMove={(to) => move(m, to)}
                      />
                    ))}
                  </ul>
                </section>
              );
            })}
            {draft.unassigned.length > 0 && (
              <section className="aktion-panel" aria-labelledby={`${idPrefix}-h-none`}>
                <h4 id={`${idPrefix}-h-none`}>{t('learningSets.unassigned')}</h4>
                <p>{t('learningSets.unassignedIntro')}</p>
                <ul className="nobullet-list">
                  {draft.unassigned.map((m) => (
                    <MoveRow
                      key={m.personId}
                      member={m}
                      selectId={moveSelectId(m.personId)}
                      options={draft.sets.map((s) => ({ value: s.key, label: s.name }))}
                      value={targets[m.personId]}
                      onChoose={(v) => setTargets((all) => ({ ...all, [m.personId]: v }))}
                      onMove={(to) => move(m, to)}
                    />
                  ))}
                </ul>
              </section>
            )}
          </div>
          <div className="mt-4">
            <button
              type="button"
              className="button button-primary"
              disabled={busy}
              onClick={() => void save()}
            >
              {busy ? t('learningSets.saving') : t('learningSets.save')}
            </button>
            <button
              type="button"
              className="button button-secondary ml-4"
              onClick={() => {
                setDraft(null);
                form.clear();
              }}
            >
              {t('learningSets.discard')}
            </button>
          </div>
        </div>
      )}

      {saved && !draft && (
        <div className="mt-6">
          <h3>{t('learningSets.savedHeading')}</h3>
          {!hasSaved && <p>{t('learningSets.none')}</p>}
          {hasSaved && saved.overall && (
            <>
              <p>
                <strong>{t('learningSets.overall', { score: outOf100(saved.overall.total) })}</strong>
              </p>
              <Constraints constraints={saved.constraints} />
              <div className="aktion-learning-sets">
                {saved.sets.map((set) => (
                  <section
                    key={set.id}
                    className="aktion-panel"
                    aria-labelledby={`${idPrefix}-saved-${set.id}`}
                  >
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
                onClick={() => void toggleLock(!locked)}
              >
                {locked ? t('learningSets.unlock') : t('learningSets.lock')}
              </button>
            </>
          )}
        </div>
      )}
    </section>
  );
}

/** One person in a set, with "Flyt til" and a button, so moving works by keyboard alone. */
function MoveRow({
  member,
  selectId,
  options,
  value,
  onChoose,
  onMove,
}: {
  member: SetMemberRes;
  selectId: string;
  options: Array<{ value: string; label: string }>;
  value: string | undefined;
  onChoose: (value: string) => void;
  onMove: (to: string) => void;
}) {
  const { t } = useTranslation();
  const chosen = value ?? options[0]?.value ?? NO_SET;
  return (
    <li className="aktion-learning-set-member">
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
