import { type RefObject, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecondFactorStatusRes } from '../../../../core/schemas/second-factor.js';
import { Alert } from '../../components/Alert.js';
import { CodeForm } from './CodeForm.js';

interface SecondFactorOnProps {
  status: SecondFactorStatusRes;
  /** The status line, which takes focus after the recovery codes are put away. */
  statusRef: RefObject<HTMLParagraphElement | null>;
  onRenew: (code: string) => Promise<void>;
  onDisable: (code: string) => Promise<void>;
}

/** When it is on: codes left, new recovery codes, and turning it off (each asks for a current code). */
export function SecondFactorOn({ status, statusRef, onRenew, onDisable }: SecondFactorOnProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'renew' | 'disable' | null>(null);
  const renewButton = useRef<HTMLButtonElement>(null);
  const disableButton = useRef<HTMLButtonElement>(null);
  const codeForm = (id: string, submitLabel: string, onSubmit: (code: string) => Promise<void>) => (
    <div id={`${id}-panel`} className="mt-4">
      <CodeForm
        id={id}
        label={t('secondFactor.anyCode')}
        hint={t('secondFactor.anyCodeHint')}
        requiredMessage={t('secondFactor.anyCodeRequired')}
        submitLabel={submitLabel}
        onSubmit={onSubmit}
        cancelLabel={t('common.cancel')}
        onCancel={() => {
          const button = open === 'renew' ? renewButton : disableButton;
          setOpen(null);
          button.current?.focus();
        }}
      />
    </div>
  );

  return (
    <>
      <p ref={statusRef} tabIndex={-1}>
        {t('secondFactor.statusOn')}
      </p>
      <section aria-labelledby="renew-heading" className="mt-8">
        <h2 id="renew-heading">{t('secondFactor.renewHeading')}</h2>
        <p>{t('secondFactor.codesLeft', { count: status.recoveryCodesLeft })}</p>
        {status.recoveryCodesLeft <= 3 && (
          <Alert variant="warning">
            <p>{t('secondFactor.codesLow')}</p>
          </Alert>
        )}
        <p>{t('secondFactor.renewIntro')}</p>
        <button
          ref={renewButton}
          type="button"
          className="button button-secondary"
          aria-expanded={open === 'renew'}
          aria-controls={open === 'renew' ? 'renew-code-panel' : undefined}
          onClick={() => setOpen(open === 'renew' ? null : 'renew')}
        >
          {t('secondFactor.renew')}
        </button>
        {open === 'renew' && codeForm('renew-code', t('secondFactor.renewSubmit'), onRenew)}
      </section>
      <section aria-labelledby="disable-heading" className="mt-8">
        <h2 id="disable-heading">{t('secondFactor.disableHeading')}</h2>
        {status.required ? (
          <p>{t('secondFactor.disableRequired')}</p>
        ) : (
          <>
            <p>{t('secondFactor.disableIntro')}</p>
            <button
              ref={disableButton}
              type="button"
              className="button button-secondary"
              aria-expanded={open === 'disable'}
              aria-controls={open === 'disable' ? 'disable-code-panel' : undefined}
              onClick={() => setOpen(open === 'disable' ? null : 'disable')}
            >
              {t('secondFactor.disable')}
            </button>
            {open === 'disable' && codeForm('disable-code', t('secondFactor.disableSubmit'), onDisable)}
          </>
        )}
      </section>
    </>
  );
}
