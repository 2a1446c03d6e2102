import { useTranslation } from 'react-i18next';
import type { SsoTestResultRes } from '../../../../core/schemas/sso.js';
import { Alert } from '../../components/Alert.js';
import { Icon } from '../../components/Icon.js';

/** The connection test's checks with ✓/✗ and the server's plain words, in a polite live region. */
export function ConnectionTestResult({
  testing,
  result,
}: {
  testing: boolean;
  result: SsoTestResultRes | null;
}) {
  const { t } = useTranslation();
  return (
    <div aria-live="polite" className="aktion-connection-test">
      {testing && <p>{t('sso.testing')}</p>}
      {!testing && result && (
        <Alert
          variant={result.ok ? 'success' : 'error'}
          heading={t(result.ok ? 'sso.testOk' : 'sso.testFailed')}
          headingLevel={3}
          quiet
        >
          <ul className="nobullet-list aktion-checks">
            {result.checks.map((c) => (
              <li key={c.check}>
                <Icon
                  name={c.ok ? 'check' : 'close'}
                  className="aktion-check-icon"
                  label={t(c.ok ? 'sso.checkOk' : 'sso.checkFailed')}
                />
                <span>{c.message}</span>
              </li>
            ))}
          </ul>
        </Alert>
      )}
    </div>
  );
}
