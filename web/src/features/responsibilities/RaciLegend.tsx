import { useTranslation } from 'react-i18next';
import { RACI_LETTERS } from '../../../../core/schemas/responsibilities.js';

/** What R, A, C and I mean, in plain words. */
export function RaciLegend({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby="raci-legend-heading" className="aktion-raci-legend">
      <Heading id="raci-legend-heading">{t('responsibilities.legend.heading')}</Heading>
      <dl>
        {RACI_LETTERS.map((letter) => (
          <div key={letter}>
            <dt>
              <span className="aktion-raci-letter" aria-hidden="true">
                {letter}
              </span>{' '}
              <span className="sr-only">{letter} – </span>
              {t(`responsibilities.letters.${letter}.word`)}
            </dt>
            <dd>{t(`responsibilities.letters.${letter}.explain`)}</dd>
          </div>
        ))}
      </dl>
      <p>{t('responsibilities.legend.empty')}</p>
    </section>
  );
}
