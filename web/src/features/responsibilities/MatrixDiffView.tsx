import { useTranslation } from 'react-i18next';
import type { MatrixDiff } from '../../../../core/schemas/responsibilities.js';

type Renamed = Array<{ from: string; to: string }>;

/** What changed between two versions, in plain words: columns, tasks, and each changed role. */
export function MatrixDiffView({ diff }: { diff: MatrixDiff }) {
  const { t } = useTranslation();
  const letter = (x: string | null) => x ?? t('responsibilities.diff.empty');
  const renamed = (list: Renamed) => list.map((r) => t('responsibilities.diff.renamed', r));
  const parts: Array<{ key: string; heading: string; items: string[] }> = [
    { key: 'actorsAdded', heading: t('responsibilities.diff.actorsAdded'), items: diff.actors.added },
    { key: 'actorsRemoved', heading: t('responsibilities.diff.actorsRemoved'), items: diff.actors.removed },
    {
      key: 'actorsRenamed',
      heading: t('responsibilities.diff.actorsRenamed'),
      items: renamed(diff.actors.renamed),
    },
    { key: 'tasksAdded', heading: t('responsibilities.diff.tasksAdded'), items: diff.tasks.added },
    { key: 'tasksRemoved', heading: t('responsibilities.diff.tasksRemoved'), items: diff.tasks.removed },
    {
      key: 'tasksRenamed',
      heading: t('responsibilities.diff.tasksRenamed'),
      items: renamed(diff.tasks.renamed),
    },
    {
      key: 'cells',
      heading: t('responsibilities.diff.cells'),
      items: diff.cells.map((c) =>
        t('responsibilities.diff.cell', {
          task: c.task,
          actor: c.actor,
          before: letter(c.before),
          after: letter(c.after),
        }),
      ),
    },
  ].filter((p) => p.items.length > 0);

  return (
    <section
      aria-labelledby="matrix-diff-heading"
      className="aktion-matrix-panel"
      tabIndex={-1}
      id="matrix-diff"
    >
      <h3 id="matrix-diff-heading">
        {t('responsibilities.diff.heading', { from: diff.from.version, to: diff.to.version })}
      </h3>
      {parts.length === 0 ? (
        <p>{t('responsibilities.diff.none')}</p>
      ) : (
        parts.map((p) => (
          <div key={p.key}>
            <h4>{p.heading}</h4>
            <ul>
              {p.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}
