import { useTranslation } from 'react-i18next';
import { ProgrammeLimits } from '../../../../core/schemas/programmes.js';
import { ApiError } from '../../api/client.js';
import type { FieldError } from '../../components/ErrorSummary.js';
import { PlainTextEditor } from '../../components/PlainTextEditor.js';
import { TextAreaField } from '../../components/TextAreaField.js';
import { TextField } from '../../components/TextField.js';
import { messageOf } from '../organisation/labels.js';
import { PROGRAMME_IDS, type ProgrammeFormState, programmeFieldId } from './programmeForm.js';

/** Title, purpose and owners: the same fields when creating and when changing a programme. */
export function ProgrammeFields({
  state,
  onChange,
  errorFor,
}: {
  state: ProgrammeFormState;
  onChange: (state: ProgrammeFormState) => void;
  errorFor: (id: string) => string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        id={PROGRAMME_IDS.title}
        label={t('programmes.fieldTitle')}
        value={state.title}
        onChange={(title) => onChange({ ...state, title })}
        error={errorFor(PROGRAMME_IDS.title)}
        maxLength={ProgrammeLimits.titleMax}
        autoComplete="off"
        required
      />
      <PlainTextEditor
        id={PROGRAMME_IDS.purpose}
        textType="programme_module"
        label={t('programmes.fieldPurpose')}
        hint={t('programmes.fieldPurposeHint')}
        value={state.purpose}
        onChange={(purpose) => onChange({ ...state, purpose })}
        error={errorFor(PROGRAMME_IDS.purpose)}
        maxLength={ProgrammeLimits.textMax}
        rows={3}
      />
      <TextAreaField
        id={PROGRAMME_IDS.owners}
        label={t('programmes.fieldOwners')}
        hint={t('programmes.fieldOwnersHint')}
        value={state.owners}
        onChange={(owners) => onChange({ ...state, owners })}
        error={errorFor(PROGRAMME_IDS.owners)}
        rows={3}
      />
    </>
  );
}

/** A refusal from the server as errors on the programme form: on the named fields, else on the title. */
export function programmeRefusal(err: unknown): FieldError[] {
  const fields = err instanceof ApiError ? Object.entries(err.fields) : [];
  return fields.length
    ? fields.map(([field, message]) => ({ id: programmeFieldId(field), message }))
    : [{ id: PROGRAMME_IDS.title, message: messageOf(err) }];
}
