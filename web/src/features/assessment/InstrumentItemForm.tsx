import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InstrumentLimits } from '../../../../core/schemas/assessment-instruments.js';
import { ApiError } from '../../api/client.js';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary.js';
import { RadioGroup } from '../../components/RadioGroup.js';
import { TextAreaField } from '../../components/TextAreaField.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import { messageOf } from '../organisation/labels.js';
import { formFieldOf, type OwnStatement } from './instrumentDraft.js';

interface Props {
  /** Unique per form on the page: field ids are made from it. */
  idPrefix: string;
  dimensionName: string;
  /** The statement being edited; null for a new one. */
  initial: OwnStatement | null;
  /** Saves the statement; throws an ApiError when the server refuses it. */
  onSubmit: (statement: OwnStatement) => Promise<void>;
  onCancel: () => void;
}

/** One own statement: Danish and English text, and whether agreeing counts high or low. */
export function InstrumentItemForm({ idPrefix, dimensionName, initial, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const ids = { da: `${idPrefix}-da`, en: `${idPrefix}-en`, reverse: `${idPrefix}-reverse` };
  const [da, setDa] = useState(initial?.text.da ?? '');
  const [en, setEn] = useState(initial?.text.en ?? '');
  const [reverse, setReverse] = useState<'no' | 'yes'>(initial?.reverse ? 'yes' : 'no');
  const [busy, setBusy] = useState(false);
  const max = InstrumentLimits.textMax;

  useEffect(() => {
    document.getElementById(ids.da)?.focus();
  }, [ids.da]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problems: FieldError[] = [];
    for (const [lang, value] of [
      ['da', da],
      ['en', en],
    ] as const) {
      if (!value.trim()) problems.push({ id: ids[lang], message: t(`instrument.form.problems.${lang}`) });
      else if (value.trim().length > max)
        problems.push({ id: ids[lang], message: t('instrument.form.problems.tooLong', { max }) });
    }
    if (problems.length) return form.show(problems);
    setBusy(true);
    try {
      await onSubmit({ text: { da: da.trim(), en: en.trim() }, reverse: reverse === 'yes' });
    } catch (err) {
      const fields = err instanceof ApiError ? Object.entries(err.fields) : [];
      form.show(
        fields.length
          ? fields.map(([field, message]) => ({ id: ids[formFieldOf(field) ?? 'da'], message }))
          : [{ id: ids.da, message: messageOf(err) }],
      );
      setBusy(false);
    }
  };

  return (
    <div className="aktion-instrument-form">
      <ErrorSummary errors={form.errors} focusSignal={form.focusSignal} />
      <form onSubmit={submit} noValidate>
        <fieldset>
          <legend className="h5">
            {t(initial ? 'instrument.form.legendEdit' : 'instrument.form.legendNew', { name: dimensionName })}
          </legend>
          {initial && <p className="form-hint">{t('instrument.form.meaning')}</p>}
          <TextAreaField
            id={ids.da}
            label={t('instrument.form.da')}
            hint={t('instrument.form.daHint')}
            value={da}
            onChange={setDa}
            error={form.errorFor(ids.da)}
            maxLength={max}
            rows={3}
            required
          />
          <TextAreaField
            id={ids.en}
            label={t('instrument.form.en')}
            value={en}
            onChange={setEn}
            error={form.errorFor(ids.en)}
            maxLength={max}
            rows={3}
            required
          />
          <RadioGroup
            id={ids.reverse}
            legend={t('instrument.form.reverse')}
            value={reverse}
            onChange={setReverse}
            options={[
              {
                value: 'no',
                label: t('instrument.form.reverseNo'),
                hint: t('instrument.form.reverseNoHint'),
              },
              {
                value: 'yes',
                label: t('instrument.form.reverseYes'),
                hint: t('instrument.form.reverseYesHint'),
              },
            ]}
          />
        </fieldset>
        <div className="aktion-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t(initial ? 'instrument.form.save' : 'instrument.form.add')}
          </button>
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
