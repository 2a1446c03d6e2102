import { useTranslation } from 'react-i18next';
import { Limits } from '../../../../core/limits.js';
import { TextField } from '../../components/TextField.js';

interface NewPasswordFieldsProps {
  password: string;
  onPassword: (value: string) => void;
  repeat: string;
  onRepeat: (value: string) => void;
  errorFor: (id: string) => string | undefined;
  passwordLabel: string;
  repeatLabel: string;
}

/** A new password and its repetition, with the length hint: the reset and invitation forms share it. */
export function NewPasswordFields(props: NewPasswordFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        id="password"
        label={props.passwordLabel}
        hint={t('reset.hint', { min: Limits.passwordMin })}
        type="password"
        autoComplete="new-password"
        value={props.password}
        onChange={props.onPassword}
        error={props.errorFor('password')}
        maxLength={Limits.passwordMax}
        required
      />
      <TextField
        id="repeat"
        label={props.repeatLabel}
        type="password"
        autoComplete="new-password"
        value={props.repeat}
        onChange={props.onRepeat}
        error={props.errorFor('repeat')}
        maxLength={Limits.passwordMax}
        required
      />
    </>
  );
}
