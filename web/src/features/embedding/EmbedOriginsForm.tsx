import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Limits } from '../../../../core/limits.js';
import { ApiError } from '../../api/client.js';
import { saveEmbedOrigins } from '../../api/embedding.js';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary.js';
import { Notice, type NoticeMessage } from '../../components/Notice.js';
import { TextField } from '../../components/TextField.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import {
  ADD_ID,
  addRow,
  fieldIdFor,
  fromOrigins,
  type OriginProblem,
  type OriginRow,
  originId,
  toOrigins,
  validate,
} from './embedOriginsForm.js';

interface EmbedOriginsFormProps {
  origins: string[];
  onSaved: (origins: string[]) => void;
}

/** The list of web sites, one field each, with add and remove; saved as a whole. */
export function EmbedOriginsForm({ origins, onSaved }: EmbedOriginsFormProps) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const [rows, setRows] = useState<OriginRow[]>(() => fromOrigins(origins));
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  /** The field or button to focus after the next render: a new row, or "add" after a removal. */
  const focusId = useRef<string | null>(null);
  const max = Limits.embedOriginsMax;

  useEffect(() => {
    if (focusId.current === null) return;
    document.getElementById(focusId.current)?.focus();
    focusId.current = null;
  });

  const add = () => {
    const next = addRow(rows);
    const added = next[next.length - 1];
    focusId.current = added ? originId(added) : null;
    setRows(next);
  };
  const remove = (key: number) => {
    focusId.current = ADD_ID;
    setRows(rows.filter((r) => r.key !== key));
  };
  const update = (key: number, value: string) =>
    setRows(rows.map((r) => (r.key === key ? { ...r, value } : r)));

  const describe = (p: OriginProblem): FieldError => ({
    id: p.id,
    message:
      p.kind === 'too_many'
        ? t('embedding.tooMany', { max })
        : p.kind === 'duplicate'
          ? t('embedding.duplicate', { n: p.n, first: p.first })
          : t(`embedding.problems.${p.kind}`, { n: p.n }),
  });

  const fromServer = (err: unknown): FieldError[] => {
    const id = fieldIdFor(rows);
    if (err instanceof ApiError && Object.keys(err.fields).length > 0) {
      return Object.values(err.fields).map((message) => ({ id, message }));
    }
    return [{ id, message: err instanceof Error ? err.message : String(err) }];
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setNotice(null);
    const problems = validate(rows);
    if (problems.length) return form.show(problems.map(describe));
    setBusy(true);
    try {
      const saved = await saveEmbedOrigins({ origins: toOrigins(rows) });
      form.clear();
      setRows(fromOrigins(saved.origins));
      onSaved(saved.origins);
      setNotice({ variant: 'success', text: t('embedding.saved') });
    } catch (err) {
      form.show(fromServer(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Notice notice={notice} />
      <ErrorSummary errors={form.errors} focusSignal={form.focusSignal} />
      <form onSubmit={submit} noValidate>
        <fieldset className="mt-6" aria-describedby="embed-origins-hint">
          <legend className="h2">{t('embedding.listHeading')}</legend>
          <p className="form-hint" id="embed-origins-hint">
            {t('embedding.originHint')}
          </p>
          {rows.length === 0 && <p>{t('embedding.empty')}</p>}
          {rows.map((row, i) => (
            <div key={row.key} className="aktion-inline mt-5">
              <TextField
                id={originId(row)}
                label={t('embedding.origin', { n: i + 1 })}
                type="url"
                value={row.value}
                onChange={(value) => update(row.key, value)}
                error={form.errorFor(originId(row))}
                autoComplete="off"
                inputClassName="input-width-l"
                maxLength={Limits.embedOriginMax}
                verbatim
              />
              <button type="button" className="button button-secondary" onClick={() => remove(row.key)}>
                {t('embedding.remove', { n: i + 1 })}
              </button>
            </div>
          ))}
          {rows.length < max ? (
            <button id={ADD_ID} type="button" className="button button-secondary mt-5" onClick={add}>
              {t('embedding.add')}
            </button>
          ) : (
            <p id={ADD_ID} tabIndex={-1} className="mt-5">
              {t('embedding.max', { max })}
            </p>
          )}
        </fieldset>
        <div className="mt-8">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('embedding.save')}
          </button>
        </div>
      </form>
    </>
  );
}
