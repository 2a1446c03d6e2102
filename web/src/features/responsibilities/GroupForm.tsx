import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonRes } from '../../../../core/schemas/organisation.js';
import { MatrixLimits, type ResponsibilityGroupRes } from '../../../../core/schemas/responsibilities.js';
import { ApiError } from '../../api/client.js';
import { listPeople } from '../../api/people.js';
import { createResponsibilityGroup, updateResponsibilityGroup } from '../../api/responsibilities.js';
import { Alert } from '../../components/Alert.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { TextField } from '../../components/TextField.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import { messageOf } from '../organisation/labels.js';

type Member = ResponsibilityGroupRes['members'][number];

interface Props {
  /** null: a new group. */
  group: ResponsibilityGroupRes | null;
  onSaved: (group: ResponsibilityGroupRes) => void;
  onCancel: () => void;
}

/** A named group's name and members, the members found by a search of the organisation's people. */
export function GroupForm({ group, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const base = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const nameId = `${base}-name`;
  const searchId = `${base}-search`;
  const form = useFormErrors();
  const [name, setName] = useState(group?.name ?? '');
  const [members, setMembers] = useState<Member[]>(group?.members ?? []);
  const [q, setQ] = useState('');
  const [results, setResults] = useState<PersonRes[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const search = async () => {
    if (!q.trim()) return;
    setError(null);
    try {
      setResults((await listPeople({ q }, 0, 10)).items);
    } catch (err) {
      setError(messageOf(err));
    }
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return form.show([{ id: nameId, message: t('responsibilities.groups.nameRequired') }]);
    setBusy(true);
    setError(null);
    const body = { name: name.trim(), personIds: members.map((m) => m.id) };
    try {
      onSaved(
        group ? await updateResponsibilityGroup(group.id, body) : await createResponsibilityGroup(body),
      );
    } catch (err) {
      if (err instanceof ApiError && err.fields.name) form.show([{ id: nameId, message: err.fields.name }]);
      else setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  const isMember = new Set(members.map((m) => m.id));
  return (
    <form onSubmit={save} noValidate className="aktion-matrix-panel">
      <fieldset>
        <legend>
          {group
            ? t('responsibilities.groups.editLegend', { name: group.name })
            : t('responsibilities.groups.newLegend')}
        </legend>
        <ErrorSummary errors={form.errors} focusSignal={form.focusSignal} />
        <TextField
          id={nameId}
          label={t('responsibilities.groups.name')}
          value={name}
          onChange={setName}
          error={form.errorFor(nameId)}
          maxLength={MatrixLimits.nameMax}
          required
        />
        <p className="form-label">{t('responsibilities.groups.members')}</p>
        {members.length === 0 ? (
          <p>{t('responsibilities.groups.noMembers')}</p>
        ) : (
          <ul className="aktion-matrix-task-list">
            {members.map((m) => (
              <li key={m.id} className="aktion-matrix-task-line">
                <span className="aktion-matrix-task-name">{m.name}</span>
                <button
                  type="button"
                  className="button button-tertiary"
                  onClick={() => setMembers((list) => list.filter((x) => x.id !== m.id))}
                >
                  {t('responsibilities.groups.removeMember', { name: m.name })}
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="form-group">
          <label className="form-label" htmlFor={searchId}>
            {t('responsibilities.groups.search')}
          </label>
          <div className="aktion-inline">
            <input
              id={searchId}
              type="search"
              className="form-input"
              value={q}
              autoComplete="off"
              onChange={(e) => setQ(e.target.value)}
              onKeyDown={(e) => {
                // Enter searches here; it must not save the group.
                if (e.key === 'Enter') {
                  e.preventDefault();
                  void search();
                }
              }}
            />
            <button type="button" className="button button-secondary" onClick={() => void search()}>
              {t('responsibilities.groups.searchButton')}
            </button>
          </div>
        </div>
        {results && (
          <div aria-live="polite">
            {results.length === 0 ? (
              <p>{t('responsibilities.groups.noResults')}</p>
            ) : (
              <ul className="aktion-matrix-task-list" aria-label={t('responsibilities.groups.results')}>
                {results.map((p) => (
                  <li key={p.id} className="aktion-matrix-task-line">
                    <span className="aktion-matrix-task-name">
                      {p.name}
                      {p.unit && `, ${p.unit.name}`}
                    </span>
                    {!isMember.has(p.id) && (
                      <button
                        type="button"
                        className="button button-secondary"
                        onClick={() => setMembers((list) => [...list, { id: p.id, name: p.name }])}
                      >
                        {t('responsibilities.groups.addMember', { name: p.name })}
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        {error && (
          <Alert variant="error">
            <p>{error}</p>
          </Alert>
        )}
        <div className="aktion-actions mt-4">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('responsibilities.groups.save')}
          </button>
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
