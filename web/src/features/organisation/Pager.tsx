import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon } from '../../components/Icon.js';
import { formatNumber } from '../../i18n/format.js';

interface PagerProps {
  offset: number;
  limit: number;
  total: number;
  /** The address of the page that starts at `offset`. */
  hrefFor: (offset: number) => string;
}

/** "Forrige" / "Viser 1–50 af 6.012" / "Næste". */
export function Pager({ offset, limit, total, hrefFor }: PagerProps) {
  const { t, i18n } = useTranslation();
  if (total === 0) return null;
  const n = (value: number) => formatNumber(value, i18n.language);
  const to = Math.min(offset + limit, total);
  const hasPrevious = offset > 0;
  const hasNext = to < total;
  return (
    <nav className="aktion-pager" aria-label={t('people.pages')}>
      {hasPrevious && (
        <Link className="button button-secondary" to={hrefFor(Math.max(0, offset - limit))}>
          <Icon name="chevron-left" />
          {t('people.previous')}
        </Link>
      )}
      <p className="aktion-pager-status">
        {t('people.showing', { from: n(offset + 1), to: n(to), total: n(total) })}
      </p>
      {hasNext && (
        <Link className="button button-secondary" to={hrefFor(offset + limit)}>
          {t('people.next')}
          <Icon name="chevron-right" />
        </Link>
      )}
    </nav>
  );
}
