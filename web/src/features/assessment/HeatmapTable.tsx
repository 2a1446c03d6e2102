import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type {
  ChangeSuppressionSchema,
  Heatmap,
  HeatmapRow,
  HeatmapValue,
} from '../../../../core/schemas/assessment.js';
import {
  bandOfScore,
  formatChange,
  formatScore,
  formatShare,
  indentOf,
  type RowName,
  rowName,
} from './heatmap.js';

export type HeatmapView = 'score' | 'shares';
type Reason = z.infer<typeof ChangeSuppressionSchema>;

/** Footnote marks of the reasons a number is hidden, explained in the legend. */
export const REASON_MARK: Record<Reason, string> = {
  too_few: '¹',
  would_reveal: '²',
  membership_changed: '³',
};

/** Short column names (the full name is in the header for screen readers and on hover). */
export function useDimensionNames() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const shorts = t('rounds.dimensionShort', { returnObjects: true }) as Record<string, string>;
  return (d: Heatmap['dimensions'][number]) => ({ full: d.name[lang], short: shorts[d.key] ?? d.name[lang] });
}

function useRowLabel() {
  const { t } = useTranslation();
  return (name: RowName): string => {
    switch (name.kind) {
      case 'total':
        return t('rounds.groupTotal');
      case 'name':
        return name.name;
      case 'level':
        return t(`levels.${name.level}`);
      case 'unitLevel':
        return t('rounds.unitLevel', {
          unit: name.unit ?? t('rounds.noUnit'),
          level: t(`levels.${name.level}`),
        });
      case 'noUnit':
        return t('rounds.noUnit');
      case 'noField':
        return t('rounds.noField');
    }
  };
}

type Released = Extract<HeatmapValue, { released: true }>;

function ScoreCell({ value, compareName, k }: { value: Released; compareName: string | null; k: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'da';
  if (value.mean === null)
    return (
      <td className="aktion-heat aktion-heat-none">
        <span aria-hidden="true">{t('rounds.cellNoScore')}</span>
        <span className="sr-only">{t('rounds.cellNoScoreLabel')}</span>
      </td>
    );
  const band = bandOfScore(value.mean);
  return (
    <td className={`aktion-heat aktion-heat-${band.key}`}>
      <span className="aktion-heat-score">{formatScore(value.mean, lang)}</span>
      <span className="sr-only">, {band.name[lang]}</span>
      {compareName !== null && value.change !== null && (
        <span className="aktion-heat-change">
          <span aria-hidden="true">{formatChange(value.change, lang)}</span>
          <span className="sr-only">
            . {t('rounds.changeLabel', { name: compareName, change: formatChange(value.change, lang) })}
          </span>
        </span>
      )}
      {compareName !== null && value.change === null && value.changeSuppressed && (
        <span className="aktion-heat-change aktion-heat-change-hidden">
          <span aria-hidden="true">
            {t('rounds.changeHidden')}
            {REASON_MARK[value.changeSuppressed]}
          </span>
          <span className="sr-only">. {t(`rounds.changeHiddenText.${value.changeSuppressed}`, { k })}</span>
        </span>
      )}
    </td>
  );
}

function SharesCell({ value }: { value: Released }) {
  const { t, i18n } = useTranslation();
  const share = (x: number) => formatShare(x, i18n.language);
  return (
    <td className="aktion-heat aktion-heat-shares">
      <span aria-hidden="true" className="aktion-heat-share-lines">
        <span>
          {t('rounds.sharePositive')} {share(value.favourable)}
        </span>
        <span>
          {t('rounds.shareNeutral')} {share(value.neutral)}
        </span>
        <span>
          {t('rounds.shareNegative')} {share(value.unfavourable)}
        </span>
      </span>
      <span className="sr-only">
        {t('rounds.sharesLabel', {
          positive: share(value.favourable),
          neutral: share(value.neutral),
          negative: share(value.unfavourable),
        })}
      </span>
    </td>
  );
}

/** A hidden number: never an empty cell, and the reason in words for screen readers. */
function HiddenCell({ reason, k }: { reason: 'too_few' | 'would_reveal'; k: number }) {
  const { t } = useTranslation();
  return (
    <td className="aktion-heat aktion-heat-hidden">
      <span aria-hidden="true">
        {t('rounds.hidden')}
        {REASON_MARK[reason]}
      </span>
      <span className="sr-only">{t(`rounds.hiddenText.${reason}`, { k })}</span>
    </td>
  );
}

/**
 * The heatmap: a row per group (units indented by depth), a column per dimension, each cell's
 * number printed and coloured by its band (or the shares of answers), the change beside it when
 * comparing. A hidden group or number is marked as such with its reason, never left empty.
 */
export function HeatmapTable({ heatmap, view }: { heatmap: Heatmap; view: HeatmapView }) {
  const { t } = useTranslation();
  const names = useDimensionNames();
  const label = useRowLabel();
  const k = heatmap.round.k;
  const breakdownName = t(`rounds.breakdowns.${heatmap.breakdown}`);
  const compareName = view === 'score' && heatmap.compare ? heatmap.compare.name : null;
  const caption =
    view === 'score'
      ? t('rounds.captionScore', { breakdown: breakdownName })
      : t('rounds.captionShares', { breakdown: breakdownName });

  const renderRow = (row: HeatmapRow) => {
    const name = label(rowName(heatmap.breakdown, row));
    const header = (
      <th scope="row" className={`aktion-heat-group aktion-indent-${indentOf(row)}`}>
        {name}
      </th>
    );
    if (!row.released)
      return (
        <tr key={row.key}>
          {header}
          <td
            colSpan={heatmap.dimensions.length + 1}
            className="aktion-heat aktion-heat-hidden aktion-heat-row-hidden"
          >
            {t(`rounds.hiddenText.${row.reason}`, { k })}
          </td>
        </tr>
      );
    const byDimension = new Map(row.values.map((v) => [v.dimension, v]));
    return (
      <tr key={row.key}>
        {header}
        <td className="aktion-num">{row.count}</td>
        {heatmap.dimensions.map((d) => {
          const value = byDimension.get(d.key);
          if (!value) return <HiddenCell key={d.key} reason="too_few" k={k} />;
          if (!value.released) return <HiddenCell key={d.key} reason={value.reason} k={k} />;
          return view === 'score' ? (
            <ScoreCell key={d.key} value={value} compareName={compareName} k={k} />
          ) : (
            <SharesCell key={d.key} value={value} />
          );
        })}
      </tr>
    );
  };

  const fullCaption = compareName
    ? `${caption} ${t('rounds.captionCompare', { name: compareName })}`
    : caption;

  return (
    <>
      {/* The caption shown above the scrolling box, so it stays on screen on a phone; screen
          readers get the same text as the table's caption. */}
      <p className="aktion-heat-caption" aria-hidden="true">
        {fullCaption}
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard */}
      <section className="aktion-table-wrapper aktion-heat-wrapper" tabIndex={0} aria-label={caption}>
        <table className="table table--compact aktion-heatmap">
          <caption className="sr-only">{fullCaption}</caption>
          <thead>
            <tr>
              <th scope="col" className="aktion-heat-group">
                {t('rounds.group')}
              </th>
              <th scope="col" className="aktion-num">
                {t('rounds.respondents')}
              </th>
              {heatmap.dimensions.map((d) => {
                const n = names(d);
                return (
                  <th scope="col" key={d.key} title={n.full} className="aktion-heat-dimension">
                    <span aria-hidden="true">{n.short}</span>
                    <span className="sr-only">{n.full}</span>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>{heatmap.rows.map(renderRow)}</tbody>
        </table>
      </section>
    </>
  );
}
