import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { termKey } from '../../../../core/plain-language/jargon.js';
import { GlossaryLimits, type GlossaryTermRes } from '../../../../core/schemas/glossary.js';
import { ApiError } from '../../api/client.js';
import { createGlossaryTerm, updateGlossaryTerm } from '../../api/glossary.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { PlainTextEditor } from '../../components/PlainTextEditor.js';
import { TextField } from '../../components/TextField.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import { messageOf } from '../organisation/labels.js';
import {
  emptyGlossaryForm,
  fromTerm,
  type GlossaryFormState,
  parseVariants,
  takenInVariants,
  toGlossaryBody,
  validateGlossaryForm,
} from './glossaryForm.js';
import { useGlossary } from './useGlossary.js';

const LIMITS = {
  termTooLong: GlossaryLimits.termMax,
  variantTooLong: GlossaryLimits.termMax,
  variantsTooMany: GlossaryLimits.variantsMax,
  explanationTooLong: GlossaryLimits.explanationMax,
} as Record<string, number>;

interface GlossaryTermFormProps {
  /** null adds a new term. */
  term: GlossaryTermRes | null;
  onSaved: (saved: GlossaryTermRes) => void;
  onCancel?: () => void;
}

/** Term, variants and explanation (administrators); the explanation gets the readability panel. */
export function GlossaryTermForm({ term, onSaved, onCancel }: GlossaryTermFormProps) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const prefix = term ? `glossary-${term.id}` : 'glossary-new';
  const ids = {
    term: `${prefix}-term`,
    variants: `${prefix}-variants`,
    explanation: `${prefix}-explanation`,
  };
  const [state, setState] = useState<GlossaryFormState>(() => (term ? fromTerm(term) : emptyGlossaryForm()));
  const [busy, setBusy] = useState(false);
  const { entries } = useGlossary();
  const others = (entries ?? []).filter((e) => !term || termKey(e.term) !== termKey(term.term));
  const set = (key: keyof GlossaryFormState) => (value: string) => setState((s) => ({ ...s, [key]: value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problems = validateGlossaryForm(state);
    if (problems.length)
      return form.show(
        problems.map((p) => ({
          id: ids[p.field],
          message: t(`glossary.problems.${p.problem}`, { max: LIMITS[p.problem] }),
        })),
      );
    setBusy(true);
    try {
      const body = toGlossaryBody(state);
      const saved = term ? await updateGlossaryTerm(term.id, body) : await createGlossaryTerm(body);
      form.clear();
      if (!term) setState(emptyGlossaryForm());
      onSaved(saved);
    } catch (err) {
      if (err instanceof ApiError && err.reason === 'term_exists')
        // The server says which form is taken; it goes on the field that holds that form.
        form.show([{ id: takenInVariants(state, others) ? ids.variants : ids.term, message: err.message }]);
      else if (err instanceof ApiError && Object.keys(err.fields).length > 0)
        form.show(
          Object.entries(err.fields).map(([field, message]) => ({
            id: ids[field.split('.')[0] as keyof typeof ids] ?? ids.term,
            message,
          })),
        );
      else form.show([{ id: ids.term, message: messageOf(err) }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={term ? 'aktion-confirm' : undefined}>
      <ErrorSummary errors={form.errors} focusSignal={form.focusSignal} />
      <form onSubmit={submit} noValidate>
        <TextField
          id={ids.term}
          label={t('glossary.fieldTerm')}
          hint={t('glossary.fieldTermHint')}
          value={state.term}
          onChange={set('term')}
          error={form.errorFor(ids.term)}
          maxLength={GlossaryLimits.termMax}
          autoComplete="off"
          required
        />
        <TextField
          id={ids.variants}
          label={t('glossary.fieldVariants')}
          hint={t('glossary.fieldVariantsHint')}
          value={state.variants}
          onChange={set('variants')}
          error={form.errorFor(ids.variants)}
          autoComplete="off"
        />
        <PlainTextEditor
          id={ids.explanation}
          label={t('glossary.fieldExplanation')}
          hint={t('glossary.fieldExplanationHint')}
          value={state.explanation}
          onChange={set('explanation')}
          textType="glossary"
          error={form.errorFor(ids.explanation)}
          maxLength={GlossaryLimits.explanationMax}
          rows={4}
          required
          // The explanation of a term need not explain the term itself.
          ignoreTerms={[state.term, ...parseVariants(state.variants)]}
        />
        <div className="aktion-actions mt-6">
          <button type="submit" className="button button-primary" disabled={busy}>
            {term ? t('glossary.save') : t('glossary.add')}
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
