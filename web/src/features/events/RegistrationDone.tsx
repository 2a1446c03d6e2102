import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegistrationCreatedRes } from '../../../../core/schemas/events.js';
import { Icon } from '../../components/Icon.js';

interface RegistrationDoneProps {
  created: RegistrationCreatedRes;
  title: string;
  email: string;
  onAnother: () => void;
}

/** The receipt: confirmed or on the waiting list, the e-mail on its way, and the link to keep. */
export function RegistrationDone({ created, title, email, onAnother }: RegistrationDoneProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // The heading takes focus, so the outcome is read out and the page shows it.
  useEffect(() => heading.current?.focus(), []);
  const confirmed = created.status === 'confirmed';
  const variant = confirmed ? 'success' : 'info';
  return (
    <>
      <div className={`alert alert-${variant}`}>
        <Icon
          name={variant}
          className="alert-icon"
          label={t(confirmed ? 'common.success' : 'common.information')}
        />
        <div className="alert-body">
          <h3 className="alert-heading" ref={heading} tabIndex={-1}>
            {t(confirmed ? 'events.doneConfirmedHeading' : 'events.doneWaitlistedHeading')}
          </h3>
          <div className="alert-text">
            <p>{t(confirmed ? 'events.doneConfirmed' : 'events.doneWaitlisted', { title })}</p>
            <p>{t('events.doneMail', { email })}</p>
          </div>
        </div>
      </div>
      <h3 className="mt-7">{t('events.manageHeading')}</h3>
      <p>{t('events.manageText')}</p>
      <p className="aktion-break">
        <a href={created.manageUrl}>{created.manageUrl}</a>
      </p>
      <button type="button" className="button button-secondary mt-6" onClick={onAnother}>
        {t('events.registerAnother')}
      </button>
    </>
  );
}
