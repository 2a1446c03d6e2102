import { useTranslation } from 'react-i18next';
import type { MatrixDocument } from '../../../../core/schemas/responsibilities.js';
import { ScrollRegion } from './ScrollRegion.js';

/**
 * The matrix read-only: a row group per task group, a column per actor, each cell its letter
 * (the full word for screen readers). It scrolls inside its own region on a narrow screen.
 */
export function MatrixTable({ document: doc, caption }: { document: MatrixDocument; caption: string }) {
  const { t } = useTranslation();
  const columns = doc.actors.length + 1;
  return (
    <ScrollRegion label={t('responsibilities.view.region')}>
      <table className="table table--compact aktion-matrix">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="aktion-matrix-task">
              {t('responsibilities.view.task')}
            </th>
            {doc.actors.map((a) => (
              <th scope="col" key={a.key} className="aktion-matrix-actor">
                {a.name}
              </th>
            ))}
          </tr>
        </thead>
        {doc.taskGroups.map((group) => {
          const tasks = doc.tasks.filter((task) => task.group === group.key);
          if (tasks.length === 0) return null;
          return (
            <tbody key={group.key}>
              <tr className="aktion-matrix-group">
                <th scope="rowgroup" colSpan={columns}>
                  {group.name}
                </th>
              </tr>
              {tasks.map((task) => (
                <tr key={task.key}>
                  <th scope="row" className="aktion-matrix-task">
                    {task.title}
                  </th>
                  {doc.actors.map((a) => {
                    const letter = task.cells[a.key];
                    return (
                      <td
                        key={a.key}
                        className={letter ? `aktion-matrix-cell aktion-raci-${letter}` : 'aktion-matrix-cell'}
                      >
                        {letter && (
                          <>
                            <span aria-hidden="true">{letter}</span>
                            <span className="sr-only">{t(`responsibilities.letters.${letter}.full`)}</span>
                          </>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          );
        })}
      </table>
    </ScrollRegion>
  );
}
