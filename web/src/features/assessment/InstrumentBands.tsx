import { useTranslation } from 'react-i18next';
import type { InstrumentBandRes } from '../../../../core/schemas/assessment-instruments.js';
import { inLanguage } from './instrumentDraft.js';

/** The four levels of a score, their ranges and what they mean, as a table. */
export function InstrumentBands({ bands }: { bands: InstrumentBandRes[] }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="instrument-bands-heading" className="aktion-instrument-group">
      <h2 id="instrument-bands-heading">{t('instrument.bands.heading')}</h2>
      <p>{t('instrument.bands.intro')}</p>
      <div className="aktion-table-wrapper">
        <table className="table table--zebra">
          <caption className="sr-only">{t('instrument.bands.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('instrument.bands.band')}</th>
              <th scope="col">{t('instrument.bands.range')}</th>
              <th scope="col">{t('instrument.bands.meaning')}</th>
            </tr>
          </thead>
          <tbody>
            {bands.map((b, i) => (
              <tr key={b.key}>
                <th scope="row">{inLanguage(b.name, i18n.language)}</th>
                <td className="aktion-nowrap">
                  {t(i === bands.length - 1 ? 'instrument.bands.rangeLast' : 'instrument.bands.rangeFrom', {
                    from: b.from,
                    to: b.to,
                  })}
                </td>
                <td>{inLanguage(b.description, i18n.language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
