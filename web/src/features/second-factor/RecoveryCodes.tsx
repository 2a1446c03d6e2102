import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon.js';
import { recoveryCodesFile } from './secret.js';

interface RecoveryCodesProps {
  codes: readonly string[];
  email: string;
  onDone: () => void;
}

/** The recovery codes, shown once: as a list, and as a .txt file to download. */
export function RecoveryCodes({ codes, email, onDone }: RecoveryCodesProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const [href, setHref] = useState<string | null>(null);
  const text = recoveryCodesFile(t('secondFactor.fileHeader', { email }), t('secondFactor.fileNote'), codes);

  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    setHref(url);
    return () => URL.revokeObjectURL(url);
  }, [text]);

  return (
    <section aria-labelledby="recovery-codes-heading">
      <h2 id="recovery-codes-heading" ref={heading} tabIndex={-1}>
        {t('secondFactor.codesHeading')}
      </h2>
      <p>{t('secondFactor.codesIntro')}</p>
      <p>
        <strong>{t('secondFactor.codesOnce')}</strong>
      </p>
      <ul className="nobullet-list aktion-codes" aria-label={t('secondFactor.codesList')}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <div className="aktion-actions mt-6">
        {href && (
          <a className="button button-secondary" href={href} download={t('secondFactor.fileName')}>
            <Icon name="download" />
            {t('secondFactor.download')}
          </a>
        )}
        <button type="button" className="button button-primary" onClick={onDone}>
          {t('secondFactor.saved')}
        </button>
      </div>
    </section>
  );
}
