import { useTranslation } from 'react-i18next';
import type { MatrixDocument, MatrixValidation } from '../../../../core/schemas/responsibilities.js';
import { Alert } from '../../components/Alert.js';
import { focusControl, type PlacedProblem, placeProblem } from './problems.js';

/** A problem as a link that moves focus to where it is fixed. */
export function ProblemLink({ problem }: { problem: PlacedProblem }) {
  return (
    <a
      className="function-link"
      href={`#${problem.id}`}
      onClick={(event) => {
        if (focusControl(problem.id)) event.preventDefault();
      }}
    >
      {problem.message}
    </a>
  );
}

function ProblemList({ problems }: { problems: PlacedProblem[] }) {
  return (
    <ul className="nobullet-list">
      {problems.map((p) => (
        <li key={`${p.id}:${p.message}`}>
          <ProblemLink problem={p} />
        </li>
      ))}
    </ul>
  );
}

/**
 * The RACI rules run on every change: errors (which stop publishing) and warnings in plain words.
 * Only the counts are announced, so a screen reader hears at once when a change breaks or fixes a rule.
 */
export function ValidationPanel({ doc, validation }: { doc: MatrixDocument; validation: MatrixValidation }) {
  const { t } = useTranslation();
  const errors = validation.errors.map((p) => placeProblem(t, doc, p));
  const warnings = validation.warnings.map((p) => placeProblem(t, doc, p));
  return (
    <section
      id="matrix-check"
      aria-labelledby="matrix-check-heading"
      className="aktion-matrix-check"
      tabIndex={-1}
    >
      <h2 id="matrix-check-heading">{t('responsibilities.editor.check.heading')}</h2>
      <p aria-live="polite" aria-atomic="true">
        {errors.length === 0 && warnings.length === 0
          ? t('responsibilities.editor.check.ok')
          : t('responsibilities.editor.check.summary', { errors: errors.length, warnings: warnings.length })}
      </p>
      {errors.length > 0 && (
        <Alert
          variant="error"
          heading={t('responsibilities.editor.check.errorsHeading')}
          headingLevel={3}
          quiet
        >
          <ProblemList problems={errors} />
        </Alert>
      )}
      {warnings.length > 0 && (
        <Alert
          variant="warning"
          heading={t('responsibilities.editor.check.warningsHeading')}
          headingLevel={3}
          quiet
        >
          <ProblemList problems={warnings} />
        </Alert>
      )}
    </section>
  );
}
