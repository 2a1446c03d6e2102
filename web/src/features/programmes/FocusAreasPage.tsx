import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FocusAreaRes } from '../../../../core/schemas/programmes.js';
import { ApiError } from '../../api/client.js';
import { createFocusArea, listFocusAreas, updateFocusArea } from '../../api/programmes.js';
import { Alert } from '../../components/Alert.js';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary.js';
import { Notice, type NoticeMessage } from '../../components/Notice.js';
import { Page } from '../../components/Page.js';
import { TextAreaField } from '../../components/TextAreaField.js';
import { TextField } from '../../components/TextField.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import { messageOf } from '../organisation/labels.js';
import { Swatch } from './parts.js';
import { normaliseColour } from './programmeForm.js';

/** /organisation/fokusomraader (admin): the focus-area catalogue the modules are linked to. */
export function FocusAreasPage() {
  const { t } = useTranslation();
  const [areas, setAreas] = useState<FocusAreaRes[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());

  useEffect(() => {
    let cancelled = false;
    listFocusAreas()
      .then((items) => !cancelled && setAreas(items))
      .catch((err: unknown) => !cancelled && setError(messageOf(err)));
    return () => {
      cancelled = true;
    };
  }, []);

  const replace = (area: FocusAreaRes) =>
    setAreas((list) => {
      const rest = (list ?? []).filter((a) => a.id !== area.id);
      return [...rest, area].sort((a, b) => a.position - b.position);
    });

  const toggleArchived = async (area: FocusAreaRes) => {
    try {
      const saved = await updateFocusArea(area.id, { archived: !area.archived });
      replace(saved);
      const key = saved.archived ? 'focusAreas.archivedNotice' : 'focusAreas.reopenedNotice';
      setNotice({ variant: 'success', text: t(key, { name: saved.name }) });
    } catch (err) {
      setNotice({ variant: 'error', text: messageOf(err) });
    } finally {
      buttons.current.get(`archive-${area.id}`)?.focus();
    }
  };

  return (
    <Page title={t('focusAreas.title')}>
      <p>{t('focusAreas.intro')}</p>
      <Notice notice={notice} />
      {error && (
        <Alert variant="error">
          <p>{error}</p>
        </Alert>
      )}
      {areas === null && !error && <p>{t('common.loading')}</p>}
      {areas?.length === 0 && <p>{t('focusAreas.none')}</p>}
      {areas && areas.length > 0 && (
        <ul className="aktion-cards">
          {areas.map((a) => (
            <li key={a.id}>
              <h2 className="h3 aktion-focus-area">
                <Swatch colour={a.colour} />
                {a.name}
              </h2>
              {a.description && <p className="aktion-plain-text">{a.description}</p>}
              <p className="aktion-card-facts">
                <span>
                  {t('focusAreas.status')}:{' '}
                  {a.archived ? t('focusAreas.archivedStatus') : t('focusAreas.active')}
                </span>
                <span>
                  {t('focusAreas.colour')}: <code>{a.colour}</code>
                </span>
              </p>
              <div className="aktion-actions">
                <button
                  ref={(el) => {
                    if (el) buttons.current.set(`edit-${a.id}`, el);
                  }}
                  type="button"
                  className="button button-secondary"
                  aria-expanded={editing === a.id}
                  onClick={() => setEditing(editing === a.id ? null : a.id)}
                >
                  {t('focusAreas.edit', { name: a.name })}
                </button>
                <button
                  ref={(el) => {
                    if (el) buttons.current.set(`archive-${a.id}`, el);
                  }}
                  type="button"
                  className="button button-tertiary"
                  onClick={() => void toggleArchived(a)}
                >
                  {a.archived
                    ? t('focusAreas.reopen', { name: a.name })
                    : t('focusAreas.archive', { name: a.name })}
                </button>
              </div>
              {editing === a.id && (
                <FocusAreaForm
                  area={a}
                  onCancel={() => {
                    setEditing(null);
                    buttons.current.get(`edit-${a.id}`)?.focus();
                  }}
                  onSaved={(saved) => {
                    replace(saved);
                    setEditing(null);
                    setNotice({
                      variant: 'success',
                      text: t('focusAreas.savedNotice', { name: saved.name }),
                    });
                    buttons.current.get(`edit-${a.id}`)?.focus();
                  }}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="focus-area-add-heading" className="mt-8">
        <h2 id="focus-area-add-heading">{t('focusAreas.addHeading')}</h2>
        <FocusAreaForm
          area={null}
          onSaved={(saved) => {
            replace(saved);
            setNotice({ variant: 'success', text: t('focusAreas.addedNotice', { name: saved.name }) });
          }}
        />
      </section>
    </Page>
  );
}

/** Name, description and colour of a new focus area (area null) or of an existing one. */
function FocusAreaForm({
  area,
  onSaved,
  onCancel,
}: {
  area: FocusAreaRes | null;
  onSaved: (area: FocusAreaRes) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const prefix = area ? `focus-area-${area.id}` : 'focus-area-new';
  const ids = { name: `${prefix}-name`, description: `${prefix}-description`, colour: `${prefix}-colour` };
  const [name, setName] = useState(area?.name ?? '');
  const [description, setDescription] = useState(area?.description ?? '');
  const [colour, setColour] = useState(area?.colour ?? '#1d5a85');
  const [busy, setBusy] = useState(false);
  const picked = normaliseColour(colour) ?? '#000000';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problems: FieldError[] = [];
    if (!name.trim()) problems.push({ id: ids.name, message: t('focusAreas.problems.name') });
    const hex = normaliseColour(colour);
    if (!hex) problems.push({ id: ids.colour, message: t('focusAreas.problems.colour') });
    if (problems.length || !hex) return form.show(problems);
    setBusy(true);
    try {
      const body = { name: name.trim(), description: description.trim(), colour: hex };
      const saved = area ? await updateFocusArea(area.id, body) : await createFocusArea(body);
      form.clear();
      if (!area) {
        setName('');
        setDescription('');
      }
      onSaved(saved);
    } catch (err) {
      if (err instanceof ApiError && err.reason === 'name_taken')
        form.show([{ id: ids.name, message: t('focusAreas.problems.nameTaken') }]);
      else if (err instanceof ApiError && Object.keys(err.fields).length > 0)
        form.show(
          Object.entries(err.fields).map(([field, message]) => ({
            id: ids[field as keyof typeof ids] ?? ids.name,
            message,
          })),
        );
      else form.show([{ id: ids.name, message: messageOf(err) }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={area ? 'aktion-confirm' : undefined}>
      <ErrorSummary errors={form.errors} focusSignal={form.focusSignal} />
      <form onSubmit={submit} noValidate>
        <TextField
          id={ids.name}
          label={t('focusAreas.fieldName')}
          value={name}
          onChange={setName}
          error={form.errorFor(ids.name)}
          maxLength={200}
          autoComplete="off"
          required
        />
        <TextAreaField
          id={ids.description}
          label={t('focusAreas.fieldDescription')}
          value={description}
          onChange={setDescription}
          error={form.errorFor(ids.description)}
          maxLength={1000}
          rows={3}
        />
        <div className="aktion-inline mt-6">
          <div className="form-group">
            <label className="form-label" htmlFor={`${ids.colour}-picker`}>
              {t('focusAreas.fieldColour')}
            </label>
            <span className="form-hint" id={`${ids.colour}-picker-hint`}>
              {t('focusAreas.fieldColourHint')}
            </span>
            <input
              id={`${ids.colour}-picker`}
              type="color"
              className="aktion-colour-input"
              value={picked}
              onChange={(e) => setColour(e.target.value)}
              aria-describedby={`${ids.colour}-picker-hint`}
            />
          </div>
          <TextField
            id={ids.colour}
            label={t('focusAreas.fieldColourText')}
            hint={t('focusAreas.fieldColourTextHint')}
            value={colour}
            onChange={setColour}
            error={form.errorFor(ids.colour)}
            maxLength={7}
            inputClassName="input-width-s"
            autoComplete="off"
            verbatim
          />
        </div>
        <div className="aktion-actions mt-6">
          <button type="submit" className="button button-primary" disabled={busy}>
            {area ? t('focusAreas.save') : t('focusAreas.add')}
          </button>
          {onCancel && (
            <button type="button" className="button button-secondary" onClick={onCancel}>
              {t('common.cancel')}
            </button>
          )}
        </div>
      </form>
    </div>
  );
}
