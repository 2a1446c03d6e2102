import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { peopleCsvUrl } from '../../api/people.js';
import { Alert } from '../../components/Alert.js';
import { Page } from '../../components/Page.js';
import { formatNumber } from '../../i18n/format.js';
import { useSession } from '../auth/session.js';
import { Pager } from './Pager.js';
import { PeopleFiltersForm } from './PeopleFiltersForm.js';
import { PeopleTable } from './PeopleTable.js';
import { PAGE_SIZE, readFilters, toApiFilters, writeFilters } from './peopleFilters.js';
import { useFields } from './useFields.js';
import { usePeople } from './usePeople.js';
import { useUnits } from './useUnits.js';

/** /organisation/personer: the filter lives in the address, so a filtered list can be shared. */
export function PeoplePage() {
  const { t, i18n } = useTranslation();
  const { roles } = useSession();
  const [params, setParams] = useSearchParams();
  const { values, offset } = readFilters(params);
  const filters = toApiFilters(values);
  const filterKey = writeFilters(values).toString();
  const people = usePeople(filters, offset, writeFilters(values, offset).toString());
  const { tree } = useUnits();
  const { fields } = useFields();
  const result = useRef<HTMLParagraphElement>(null);
  const shownOffset = useRef(offset);

  // After "Forrige"/"Næste" the link may be gone: continue from the result count.
  useEffect(() => {
    if (shownOffset.current === offset) return;
    shownOffset.current = offset;
    result.current?.focus();
  }, [offset]);

  const total = people.page?.total ?? 0;
  return (
    <Page title={t('people.title')}>
      <p>{t('people.intro')}</p>
      <div className="aktion-actions aktion-page-actions">
        <a className="function-link" href={peopleCsvUrl(filters)} download>
          {t('people.csv')}
        </a>
        {roles.includes('admin') && (
          <Link className="button button-secondary" to="/organisation/personer/ny">
            {t('people.new')}
          </Link>
        )}
      </div>
      <PeopleFiltersForm
        key={filterKey}
        value={values}
        tree={tree}
        fields={fields}
        onApply={(next) => setParams(writeFilters(next))}
      />
      {people.error && (
        <Alert variant="error">
          <p>{people.error}</p>
        </Alert>
      )}
      <div aria-live="polite" aria-busy={people.busy} className="mt-6">
        {people.page === null && !people.error && <p>{t('common.loading')}</p>}
        {people.page && (
          <p ref={result} tabIndex={-1} className="font-lead">
            {total === 0
              ? t('people.none')
              : t('people.matches', { count: total, total: formatNumber(total, i18n.language) })}
          </p>
        )}
      </div>
      {people.page && people.page.items.length > 0 && (
        <>
          <PeopleTable people={people.page.items} />
          <Pager
            offset={offset}
            limit={PAGE_SIZE}
            total={total}
            hrefFor={(o) => `?${writeFilters(values, o).toString()}`}
          />
        </>
      )}
    </Page>
  );
}
