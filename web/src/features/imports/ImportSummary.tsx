import { useTranslation } from 'react-i18next';
import type { ImportCounts, ImportKind } from '../../../../core/schemas/imports.js';
import { formatNumber } from '../../i18n/format.js';
import { summaryLines } from './summary.js';

interface ImportSummaryProps {
  kind: ImportKind;
  counts: ImportCounts;
  /** 'will' for the dry run, 'did' once applied. */
  tense: 'will' | 'did';
}

/** "Importen vil oprette 12 personer, ændre 3, flytte 1 og markere 2 som fratrådte. 1.204 er uændrede." */
export function ImportSummary({ kind, counts, tense }: ImportSummaryProps) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatNumber(value, i18n.language);
  const list = new Intl.ListFormat(i18n.language === 'en' ? 'en-GB' : 'da-DK', { type: 'conjunction' });
  return (
    <>
      {summaryLines(kind, counts).map((line) => {
        const noun = (count: number) => t(`imports.summary.nouns.${line.entity}`, { count });
        const parts = line.parts.map((p, i) =>
          t(`imports.summary.${tense}.${p.category}`, {
            count: p.count,
            n: n(p.count),
            // The noun goes with the first number only: "oprette 12 personer, ændre 3 …".
            noun: i === 0 ? ` ${noun(p.count)}` : '',
          }),
        );
        const sentence =
          parts.length === 0
            ? t(tense === 'will' ? 'imports.summary.nothing' : 'imports.summary.nothingPast', {
                noun: noun(2),
              })
            : t(tense === 'will' ? 'imports.summary.future' : 'imports.summary.past', {
                list: list.format(parts),
              });
        const unchanged =
          line.unchanged > 0
            ? t('imports.summary.unchanged', { count: line.unchanged, n: n(line.unchanged) })
            : '';
        return (
          <p key={line.entity} className="font-lead">
            {unchanged ? `${sentence} ${unchanged}` : sentence}
          </p>
        );
      })}
    </>
  );
}
