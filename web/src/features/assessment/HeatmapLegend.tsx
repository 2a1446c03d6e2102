import { useTranslation } from 'react-i18next';
import type { Heatmap } from '../../../../core/schemas/assessment.js';
import { type HeatmapView, REASON_MARK, useDimensionNames } from './HeatmapTable.js';
import { bandRanges } from './heatmap.js';

/**
 * How to read the table: the bands and their colours (the number is always printed), what
 * "Pos./Neu./Neg." mean, and the marks of hidden numbers with their reasons in plain words.
 */
export function HeatmapLegend({ heatmap, view }: { heatmap: Heatmap; view: HeatmapView }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const k = heatmap.round.k;
  return (
    <section aria-labelledby="heatmap-legend-heading" className="aktion-heat-legend">
      <h2 id="heatmap-legend-heading" className="h4">
        {t('rounds.legendHeading')}
      </h2>
      {view === 'score' ? (
        <>
          <p>{t('rounds.legendBands')}</p>
          <ul className="aktion-heat-key">
            {bandRanges().map(({ band, from, to }) => (
              <li key={band.key}>
                <span className={`aktion-heat-swatch aktion-heat-${band.key}`} aria-hidden="true" />
                {t('rounds.legendBand', { name: band.name[lang], from, to })}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('rounds.legendShares')}</p>
      )}
      <ul className="aktion-heat-key aktion-heat-key-hidden">
        <li>
          <span className="aktion-heat-swatch aktion-heat-hidden" aria-hidden="true" />
          <span>
            <strong>
              {t('rounds.hidden')}
              {REASON_MARK.too_few}
            </strong>{' '}
            {t('rounds.legendHiddenTooFew', { k })}
          </span>
        </li>
        <li>
          <span className="aktion-heat-swatch aktion-heat-hidden" aria-hidden="true" />
          <span>
            <strong>
              {t('rounds.hidden')}
              {REASON_MARK.would_reveal}
            </strong>{' '}
            {t('rounds.legendHiddenReveal', { k })}
          </span>
        </li>
        {view === 'score' && heatmap.compare && (
          <li>
            <span className="aktion-heat-swatch aktion-heat-change-swatch" aria-hidden="true" />
            <span>
              <strong>
                {t('rounds.changeHidden')}
                {REASON_MARK.membership_changed}
              </strong>{' '}
              {t('rounds.legendChangeHidden', { k })} {t('rounds.legendChangeOther')}
            </span>
          </li>
        )}
      </ul>
    </section>
  );
}

/** The twelve dimensions: the short column name and the full name. */
export function DimensionList({ heatmap }: { heatmap: Heatmap }) {
  const { t } = useTranslation();
  const names = useDimensionNames();
  return (
    <section aria-labelledby="heatmap-dimensions-heading" className="mt-6">
      <h2 id="heatmap-dimensions-heading" className="h4">
        {t('rounds.dimensionsHeading')}
      </h2>
      <dl className="aktion-heat-dimensions">
        {heatmap.dimensions.map((d) => {
          const n = names(d);
          return (
            <div key={d.key}>
              <dt>{n.short}</dt>
              <dd>{n.full}</dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
