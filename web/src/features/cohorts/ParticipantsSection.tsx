import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnrolmentPreviewRes, ParticipantRes } from '../../../../core/schemas/cohorts.js';
import type { PersonRes } from '../../../../core/schemas/organisation.js';
import { addParticipants, previewParticipants, removeParticipant } from '../../api/cohorts.js';
import { Alert } from '../../components/Alert.js';
import { ConfirmBox } from '../../components/ConfirmBox.js';
import type { NoticeMessage } from '../../components/Notice.js';
import { messageOf } from '../organisation/labels.js';
import { PeopleFiltersForm } from '../organisation/PeopleFiltersForm.js';
import type { PeopleFilterValues } from '../organisation/peopleFilters.js';
import { useFields } from '../organisation/useFields.js';
import { useUnits } from '../organisation/useUnits.js';
import { NamedLabel } from '../programmes/parts.js';
import { noFilter, toPreviewBody } from './enrolment.js';

interface Props {
  cohortId: string;
  participants: ParticipantRes[] | null;
  /** After a change: fetch the participants (and the cohort's counts) again. */
  onChanged: () => Promise<void>;
  onNotice: (notice: NoticeMessage) => void;
}

/** "Deltagere": the current participants, remove with a confirm, and add through the people filter. */
export function ParticipantsSection({ cohortId, participants, onChanged, onNotice }: Props) {
  const { t } = useTranslation();
  const [removing, setRemoving] = useState<ParticipantRes | null>(null);
  const [adding, setAdding] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const remove = async (p: ParticipantRes) => {
    setBusy(true);
    try {
      await removeParticipant(cohortId, p.personId);
      setRemoving(null);
      await onChanged();
      onNotice({ variant: 'success', text: t('cohortParticipants.removed', { name: p.name }) });
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="participants-heading" id="deltagere" className="mt-8">
      <h2 id="participants-heading">{t('cohortParticipants.heading')}</h2>
      {error && (
        <Alert variant="error">
          <p>{error}</p>
        </Alert>
      )}
      {!participants && <p>{t('common.loading')}</p>}
      {participants?.length === 0 && <p>{t('cohortParticipants.none')}</p>}
      {participants && participants.length > 0 && (
        <div className="aktion-table-wrapper">
          <table className="table table--zebra table--compact">
            <caption className="sr-only">{t('cohortParticipants.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('cohortParticipants.name')}</th>
                <th scope="col">{t('cohortParticipants.unit')}</th>
                <th scope="col">{t('cohortParticipants.level')}</th>
                <th scope="col">
                  <span className="sr-only">{t('cohortParticipants.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {participants.map((p) => (
                <tr key={p.personId}>
                  <th scope="row">
                    {p.name}
                    {p.leftAt && (
                      <>
                        {' '}
                        <span className="badge badge-warning">{t('cohortParticipants.left')}</span>
                      </>
                    )}
                  </th>
                  <td>{p.unit?.name ?? ''}</td>
                  <td>{t(`levels.${p.level}`)}</td>
                  <td>
                    {removing?.personId === p.personId ? (
                      <ConfirmBox
                        question={t('cohortParticipants.removeQuestion', { name: p.name })}
                        confirmLabel={t('cohortParticipants.removeConfirm')}
                        onConfirm={() => void remove(p)}
                        onCancel={() => setRemoving(null)}
                        busy={busy}
                      />
                    ) : (
                      <button type="button" className="button button-tertiary" onClick={() => setRemoving(p)}>
                        <NamedLabel
                          text={(name) => t('cohortParticipants.removeLabel', { name })}
                          title={p.name}
                        />
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {adding ? (
        <AddParticipants
          cohortId={cohortId}
          onClose={() => setAdding(false)}
          onAdded={async (text) => {
            setAdding(false);
            await onChanged();
            onNotice({ variant: 'success', text });
          }}
        />
      ) : (
        <button type="button" className="button button-secondary mt-4" onClick={() => setAdding(true)}>
          {t('cohortParticipants.add')}
        </button>
      )}
    </section>
  );
}

/** A long list scrolls in its own box (reachable by keyboard), so the confirm button stays near. */
function PeopleList({ people, label }: { people: readonly PersonRes[]; label: string }) {
  const { t } = useTranslation();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box must be reachable by keyboard
    <section className="aktion-scroll-box" aria-label={label} tabIndex={0}>
      <ul>
        {people.map((p) => (
          <li key={p.id}>
            {p.name}
            {p.unit ? `, ${p.unit.name}` : ''} ({t(`levels.${p.level}`)})
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The people filter, the preview of who will be added and who is already on, then the confirm. */
function AddParticipants({
  cohortId,
  onClose,
  onAdded,
}: {
  cohortId: string;
  onClose: () => void;
  onAdded: (text: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const { tree } = useUnits();
  const { fields } = useFields();
  const [filter, setFilter] = useState<PeopleFilterValues>(noFilter);
  const [preview, setPreview] = useState<EnrolmentPreviewRes | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const show = async (values: PeopleFilterValues) => {
    setFilter(values);
    setError(null);
    setBusy(true);
    try {
      setPreview(await previewParticipants(cohortId, toPreviewBody(values)));
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };
  const confirm = async () => {
    if (!preview) return;
    setBusy(true);
    try {
      const res = await addParticipants(
        cohortId,
        preview.toAdd.map((p) => p.id),
      );
      await onAdded(t('cohortParticipants.added', { added: res.added, reopened: res.reopened }));
    } catch (err) {
      setError(messageOf(err));
      setBusy(false);
    }
  };

  return (
    <div className="aktion-panel">
      <h3>{t('cohortParticipants.addHeading')}</h3>
      <p>{t('cohortParticipants.addIntro')}</p>
      <PeopleFiltersForm
        value={filter}
        tree={tree}
        fields={fields}
        onApply={(values) => void show(values)}
        activeOnly={{ applyLabel: t('cohortParticipants.preview') }}
      />
      <div aria-live="polite">
        {error && (
          <Alert variant="error">
            <p>{error}</p>
          </Alert>
        )}
        {busy && !preview && <p>{t('common.loading')}</p>}
        {preview && (
          <>
            {preview.truncated && (
              <Alert variant="warning">
                <p>{t('cohortParticipants.truncated')}</p>
              </Alert>
            )}
            <h4>{t('cohortParticipants.toAddHeading', { count: preview.toAdd.length })}</h4>
            {preview.toAdd.length === 0 ? (
              <p>{t('cohortParticipants.nobodyToAdd')}</p>
            ) : (
              <PeopleList
                people={preview.toAdd}
                label={t('cohortParticipants.toAddHeading', { count: preview.toAdd.length })}
              />
            )}
            {preview.alreadyEnrolled.length > 0 && (
              <>
                <h4>{t('cohortParticipants.alreadyHeading', { count: preview.alreadyEnrolled.length })}</h4>
                <PeopleList
                  people={preview.alreadyEnrolled}
                  label={t('cohortParticipants.alreadyHeading', { count: preview.alreadyEnrolled.length })}
                />
              </>
            )}
          </>
        )}
      </div>
      <div className="aktion-actions mt-4">
        {preview && preview.toAdd.length > 0 && (
          <button
            type="button"
            className="button button-primary"
            onClick={() => void confirm()}
            disabled={busy}
          >
            {t('cohortParticipants.confirm', { count: preview.toAdd.length })}
          </button>
        )}
        <button type="button" className="button button-secondary" onClick={onClose}>
          {t('cohortParticipants.close')}
        </button>
      </div>
    </div>
  );
}
