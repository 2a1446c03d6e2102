import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TextType } from '../../../../core/plain-language/targets.js';
import { GlossaryLimits, type ReadabilityTargetsRes } from '../../../../core/schemas/glossary.js';
import { ApiError } from '../../api/client.js';
import { saveReadabilityTargets } from '../../api/glossary.js';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary.js';
import { TextField } from '../../components/TextField.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import { messageOf } from '../organisation/labels.js';
import { parseTarget } from './readabilityView.js';

const { targetMin: MIN, targetMax: MAX } = GlossaryLimits;
const fieldId = (type: TextType) => `target-${type}`;

interface TargetsFormProps {
  current: ReadabilityTargetsRes;
  onSaved: (saved: ReadabilityTargetsRes) => void;
}

/** The LIX target per kind of text (administrators): whole numbers from 20 to 70. */
export function TargetsForm({ current, onSaved }: TargetsFormProps) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(current.targets.map((x) => [x.textType, String(x.target)])),
  );
  const [busy, setBusy] = useState(false);
  const typeName = (type: TextType) => t(`readability.textTypes.${type}`);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problems: FieldError[] = [];
    const targets = current.targets.map(({ textType }) => {
      const target = parseTarget(values[textType] ?? '', MIN, MAX);
      if (target === null)
        problems.push({
          id: fieldId(textType),
          message: t('readability.targetProblem', { min: MIN, max: MAX, type: typeName(textType) }),
        });
      return { textType, target: target ?? 0 };
    });
    if (problems.length) return form.show(problems);
    setBusy(true);
    try {
      const saved = await saveReadabilityTargets({ targets });
      form.clear();
      onSaved(saved);
    } catch (err) {
      const fields = err instanceof ApiError ? Object.entries(err.fields) : [];
      // The server names fields like "targets.2.target": the third field of the form.
      const idOf = (field: string) => {
        const type = current.targets[Number(field.split('.')[1])]?.textType;
        return type ? fieldId(type) : fieldId(current.targets[0]?.textType ?? 'narrative');
      };
      form.show(
        fields.length
          ? fields.map(([field, message]) => ({ id: idOf(field), message }))
          : [{ id: idOf(''), message: messageOf(err) }],
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <ErrorSummary errors={form.errors} focusSignal={form.focusSignal} />
      <form onSubmit={submit} noValidate>
        {current.targets.map(({ textType, defaultTarget }) => (
          <TextField
            key={textType}
            id={fieldId(textType)}
            label={typeName(textType)}
            hint={t('readability.targetHint', { min: MIN, max: MAX, default: defaultTarget })}
            value={values[textType] ?? ''}
            onChange={(v) => setValues((s) => ({ ...s, [textType]: v }))}
            error={form.errorFor(fieldId(textType))}
            inputMode="numeric"
            inputClassName="input-width-xs"
            maxLength={3}
            autoComplete="off"
            required
          />
        ))}
        <button type="submit" className="button button-primary mt-6" disabled={busy}>
          {t('readability.targetsSave')}
        </button>
      </form>
    </>
  );
}
