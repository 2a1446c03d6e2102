import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProgrammeLimits, type ProgrammeRes } from '../../../../core/schemas/programmes.js';
import { createProgramme } from '../../api/programmes.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { RadioGroup } from '../../components/RadioGroup.js';
import { TextField } from '../../components/TextField.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import { ProgrammeFields, programmeRefusal } from './ProgrammeFields.js';
import {
  PROGRAMME_IDS,
  type ProgrammeFormState,
  toProgrammeBody,
  validateProgramme,
} from './programmeForm.js';

type Start = 'template' | 'empty';

/** "Nyt program": title, purpose, owners, the first version's name, and the template or nothing. */
export function NewProgrammeForm({ onCreated }: { onCreated: (programme: ProgrammeRes) => void }) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const [state, setState] = useState<ProgrammeFormState>({ title: '', purpose: '', owners: '' });
  const [start, setStart] = useState<Start>('template');
  const [versionName, setVersionName] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problems = validateProgramme(state, versionName);
    if (problems.length)
      return form.show(problems.map((p) => ({ id: p.id, message: t(`programmes.problems.${p.problem}`) })));
    setBusy(true);
    try {
      const created = await createProgramme({
        ...toProgrammeBody(state),
        template: start === 'template' ? 'digital-ledelse-tre-spor' : null,
        versionName: versionName.trim(),
      });
      form.clear();
      onCreated(created);
    } catch (err) {
      form.show(programmeRefusal(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <ErrorSummary errors={form.errors} focusSignal={form.focusSignal} />
      <form onSubmit={submit} noValidate>
        <ProgrammeFields state={state} onChange={setState} errorFor={form.errorFor} />
        <RadioGroup<Start>
          id={PROGRAMME_IDS.template}
          legend={t('programmes.fieldTemplate')}
          options={[
            {
              value: 'template',
              label: t('programmes.templateDigital'),
              hint: t('programmes.templateDigitalHint'),
            },
            { value: 'empty', label: t('programmes.templateEmpty') },
          ]}
          value={start}
          onChange={setStart}
        />
        <TextField
          id={PROGRAMME_IDS.versionName}
          label={t('programmes.fieldVersionName')}
          hint={t('programmes.fieldVersionNameHint')}
          value={versionName}
          onChange={setVersionName}
          error={form.errorFor(PROGRAMME_IDS.versionName)}
          maxLength={ProgrammeLimits.titleMax}
          autoComplete="off"
          required
        />
        <button type="submit" className="button button-primary mt-6" disabled={busy}>
          {t('programmes.create')}
        </button>
      </form>
    </>
  );
}
