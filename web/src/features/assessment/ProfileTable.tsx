import { useTranslation } from 'react-i18next';
import { BANDS } from '../../../../core/assessment/instrument.js';
import type { ProfileDimension } from '../../../../core/schemas/assessment.js';
import { useLeaderText } from './leaderText.js';

const KINDS = ['focus_area', 'advice'] as const;

/** Scores are shown whole; the change is the difference of the shown scores, so the row adds up. */
export const shownScore = (score: number | null) => (score === null ? null : Math.round(score));

export function shownChange(d: Pick<ProfileDimension, 'score' | 'previous'>): number | null {
  const now = shownScore(d.score);
  const before = shownScore(d.previous);
  return now === null || before === null ? null : now - before;
}

/** "+5", "−3" (a real minus sign) or "0". */
export const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `\u2212${Math.abs(n)}` : '0');

/**
 * The profile as a table: the dimension (numbered as on the radar), score 0–100, band with its
 * meaning, and the change since the previous round. Grouped into focus areas and advice.
 */
export function ProfileTable({ dimensions }: { dimensions: ProfileDimension[] }) {
  const { t } = useTranslation();
  const localized = useLeaderText();
  const numbered = dimensions.map((d, i) => ({ ...d, number: i + 1 }));
  return (
    <div className="aktion-table-wrapper">
      <table className="table table--compact table--responsive-headers aktion-profile-table">
        <caption>{t('assessment.profile.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('assessment.profile.table.dimension')}</th>
            <th scope="col">{t('assessment.profile.table.score')}</th>
            <th scope="col">{t('assessment.profile.table.band')}</th>
            <th scope="col">{t('assessment.profile.table.change')}</th>
          </tr>
        </thead>
        {KINDS.map((kind) => {
          const rows = numbered.filter((d) => d.kind === kind);
          if (rows.length === 0) return null;
          return (
            <tbody key={kind}>
              <tr>
                <th scope="rowgroup" colSpan={4} className="aktion-profile-group">
                  {t(`assessment.profile.table.${kind}`)}
                </th>
              </tr>
              {rows.map((d) => {
                const band = BANDS.find((b) => b.key === d.band);
                const score = shownScore(d.score);
                const change = shownChange(d);
                return (
                  <tr key={d.key}>
                    <th scope="row">
                      {d.number}. {localized(d.name)}
                    </th>
                    <td data-title={t('assessment.profile.table.score')}>
                      {score === null ? t('assessment.profile.table.noScore') : score}
                    </td>
                    <td data-title={t('assessment.profile.table.band')}>
                      {band ? (
                        <>
                          {localized(band.name)}
                          <span className="aktion-band-description">{localized(band.description)}</span>
                        </>
                      ) : (
                        '–'
                      )}
                    </td>
                    <td className="aktion-change" data-title={t('assessment.profile.table.change')}>
                      {change === null ? (
                        <>
                          <span aria-hidden="true">–</span>
                          <span className="sr-only">{t('assessment.profile.table.noChange')}</span>
                        </>
                      ) : change === 0 ? (
                        t('assessment.profile.table.same')
                      ) : (
                        signed(change)
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}
