import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HeldConstraintRes, LearningSetsRes } from '../../../../core/schemas/learning-sets.js';
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
import { LearningSetsDraft } from './LearningSetsDraft.js';
import { LearningSetsSaved } from './LearningSetsSaved.js';
import {
  DEFAULT_SIZE,
  type Draft,
  draftFromProposal,
  draftFromSaved,
  managerConflicts,
  SIZE_CHOICES,
  toSaveBody,
} from './learningSets.js';
import type { Person } from './parts.js';
import './learningSets.css';

/**
 * "Læringssæt" on the cohort page, for those who run the cohort: propose a split of a chosen
 * size, move people by dragging them or with a "Flyt til" select per person (scores update as
 * they move; a manager placed with their report is warned about at once), name a facilitator per
 * set, save, lock or unlock the saved split, and open each set's meetings.
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
  const [saved, setSaved] = useState<LearningSetsRes | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [size, setSize] = useState(String(DEFAULT_SIZE));
  const [draft, setDraft] = useState<Draft | null>(null);
  /** A new proposal or edit starts a fresh editor (its chosen targets forgotten). */
  const [draftNumber, setDraftNumber] = useState(0);
  const [constraints, setConstraints] = useState<HeldConstraintRes[]>([]);
  const [fromProposal, setFromProposal] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');

  useEffect(() => {
    let cancelled = false;
    getLearningSets(cohortId)
      .then((s) => !cancelled && setSaved(s))
      .catch((err: unknown) => !cancelled && setLoadError(messageOf(err)));
    return () => {
      cancelled = true;
    };
  }, [cohortId]);

  const ids = {
    prefix: idPrefix,
    move: (personId: string) => `${idPrefix}-move-${personId}`,
    facilitator: (key: string) => `${idPrefix}-facilitator-${key}`,
  };
  const locked = saved?.lockedAt != null;

  const fail = (error: unknown, fieldId: string) => {
    const fields = error instanceof ApiError ? Object.values(error.fields) : [];
    form.show(
      fields.length
        ? fields.map((message) => ({ id: fieldId, message }))
        : [{ id: fieldId, message: messageOf(error) }],
    );
  };

  const startDraft = (next: Draft, held: HeldConstraintRes[], proposed: boolean) => {
    setDraft(next);
    setConstraints(held);
    setFromProposal(proposed);
    setDraftNumber((n) => n + 1);
  };

  const propose = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setStatus(t('learningSets.proposing'));
    try {
      const proposal = await proposeLearningSets(cohortId, { size: Number(size) });
      startDraft(draftFromProposal(proposal), proposal.constraints, true);
      form.clear();
      setStatus(t('learningSets.proposed', { count: proposal.sets.length }));
    } catch (error) {
      setStatus('');
      fail(error, sizeId);
    } finally {
      setBusy(false);
    }
  };

  const save = async () => {
    if (!draft) return;
    const conflicts = managerConflicts(draft);
    const firstSet = draft.sets[0];
    const fieldId = firstSet ? ids.facilitator(firstSet.key) : sizeId;
    if (conflicts.length) {
      return form.show(conflicts.map((c) => ({ id: fieldId, message: t('learningSets.managerBroken', c) })));
    }
    setBusy(true);
    try {
      setSaved(await saveLearningSets(cohortId, toSaveBody(draft)));
      setDraft(null);
      form.clear();
      setStatus(t('learningSets.saved'));
    } catch (error) {
      fail(error, fieldId);
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
              onClick={() => startDraft(draftFromSaved(saved), saved.constraints, false)}
            >
              {t('learningSets.edit')}
            </button>
          )}
        </form>
      )}

      {draft && !locked && (
        <LearningSetsDraft
          key={draftNumber}
          draft={draft}
          onChange={setDraft}
          constraints={constraints}
          fromProposal={fromProposal}
          facilitatorOptions={facilitatorOptions}
          ids={ids}
          errorFor={form.errorFor}
          onStatus={setStatus}
          busy={busy}
          onSave={() => void save()}
          onDiscard={() => {
            setDraft(null);
            form.clear();
          }}
        />
      )}

      {saved && !draft && (
        <LearningSetsSaved
          saved={saved}
          idPrefix={idPrefix}
          busy={busy}
          onToggleLock={(lock) => void toggleLock(lock)}
        />
      )}
    </section>
  );
}
