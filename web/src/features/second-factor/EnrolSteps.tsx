import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecondFactorEnrolmentRes } from '../../../../core/schemas/second-factor.js';
import { CodeForm } from './CodeForm.js';
import { groupSecret, svgImageSrc } from './secret.js';

interface EnrolStepsProps {
  enrolment: SecondFactorEnrolmentRes;
  onConfirm: (code: string) => Promise<void>;
}

/** The three plain steps: get an app, scan (or type the key), type the first code. */
export function EnrolSteps({ enrolment, onConfirm }: EnrolStepsProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  return (
    <section aria-labelledby="enrol-heading">
      <h2 id="enrol-heading" ref={heading} tabIndex={-1}>
        {t('secondFactor.stepsHeading')}
      </h2>
      <ol className="aktion-steps">
        <li>
          <p>{t('secondFactor.step1')}</p>
        </li>
        <li>
          <p>{t('secondFactor.step2')}</p>
          <img
            className="aktion-qr"
            src={svgImageSrc(enrolment.qrSvg)}
            alt={t('secondFactor.qrAlt')}
            width={200}
            height={200}
          />
          <p>
            {t('secondFactor.manual')}
            <br />
            <code className="aktion-secret" id="totp-secret">
              {groupSecret(enrolment.secret)}
            </code>
          </p>
          <p>
            <a href={enrolment.uri}>{t('secondFactor.openInApp')}</a>
          </p>
        </li>
        <li>
          <p>{t('secondFactor.step3')}</p>
          <CodeForm
            id="enrol-code"
            label={t('secondFactor.code')}
            hint={t('secondFactor.codeHint')}
            requiredMessage={t('secondFactor.codeRequired')}
            submitLabel={t('secondFactor.confirm')}
            appOnly
            onSubmit={onConfirm}
          />
        </li>
      </ol>
    </section>
  );
}
