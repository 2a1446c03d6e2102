import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { type AuditFilters, auditCsvUrl } from '../../api/audit.js';
import { Alert } from '../../components/Alert.js';
import { Page } from '../../components/Page.js';
import { AuditFiltersForm } from './AuditFiltersForm.js';
import { AuditTable } from './AuditTable.js';
import { useAuditLog } from './useAuditLog.js';

/** The filters live in the address (?actorId=&entityType=&entityId=), so a filtered view can be shared. */
export function AuditLogPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters: AuditFilters = {
    actorId: params.get('actorId') || undefined,
    entityType: params.get('entityType') || undefined,
    entityId: params.get('entityId') || undefined,
  };
  const log = useAuditLog(filters);

  const apply = (next: AuditFilters) => {
    const search = new URLSearchParams();
    for (const [k, v] of Object.entries(next)) if (v) search.set(k, v);
    setParams(search);
  };

  return (
    <Page title={t('audit.title')}>
      <p>{t('audit.intro')}</p>
      <AuditFiltersForm value={filters} onApply={apply} />
      <p className="mt-6">
        <a href={auditCsvUrl(filters)} download>
          {t('audit.csv')}
        </a>
      </p>
      {log.error && (
        <Alert variant="error">
          <p>{log.error}</p>
        </Alert>
      )}
      <div aria-live="polite" aria-busy={log.busy}>
        {log.items === null && !log.error && <p>{t('common.loading')}</p>}
        {log.items?.length === 0 && <p>{t('audit.empty')}</p>}
      </div>
      {log.items && log.items.length > 0 && <AuditTable items={log.items} />}
      {log.hasMore && (
        <button
          type="button"
          className="button button-secondary mt-6"
          onClick={() => void log.more()}
          disabled={log.busy}
        >
          {t('audit.more')}
        </button>
      )}
    </Page>
  );
}
