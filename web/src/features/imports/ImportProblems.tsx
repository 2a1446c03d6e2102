import { useTranslation } from 'react-i18next';
import type { ImportProblem } from '../../../../core/schemas/imports.js';
import { Alert } from '../../components/Alert.js';
import { formatNumber } from '../../i18n/format.js';
import { SHOWN_ROWS } from './summary.js';

/** "Linje 14, kolonnen "Ledelsesniveau": …", or the JSON path for an OS2mo file. */
function useWhere() {
  const { t } = useTranslation();
  return (p: ImportProblem): string => {
    const place = p.line !== null ? t('imports.problemLine', { line: p.line }) : p.path;
    const column = p.column ? t('imports.problemColumn', { column: p.column }) : null;
    return [place, column].filter(Boolean).join(', ');
  };
}

/** The problems that block the confirm, with where in the file they are; the first 100. */
export function ImportProblems({ problems }: { problems: readonly ImportProblem[] }) {
  const { t, i18n } = useTranslation();
  const where = useWhere();
  if (problems.length === 0) return null;
  const n = (value: number) => formatNumber(value, i18n.language);
  const shown = problems.slice(0, SHOWN_ROWS);
  return (
    <Alert
      variant="error"
      quiet
      headingLevel={3}
      heading={t('imports.problemsHeading', { count: problems.length, n: n(problems.length) })}
    >
      <p>{t('imports.problemsIntro')}</p>
      {problems.length > shown.length && (
        <p>{t('imports.firstOf', { shown: n(shown.length), total: n(problems.length) })}</p>
      )}
      <ul>
        {shown.map((p, i) => {
          const place = where(p);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: problems have no id, and the list never reorders.
            <li key={i}>
              {place && <strong>{place}: </strong>}
              {p.message}
            </li>
          );
        })}
      </ul>
    </Alert>
  );
}
