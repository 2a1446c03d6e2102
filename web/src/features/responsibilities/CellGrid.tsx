import { useTranslation } from 'react-i18next';
import {
  type MatrixDocument,
  RACI_LETTERS,
  type RaciLetter,
} from '../../../../core/schemas/responsibilities.js';
import { cellId } from './matrixEdit.js';
import { ScrollRegion } from './ScrollRegion.js';

interface Props {
  doc: MatrixDocument;
  /** Task keys with an error, marked so the eye finds them. */
  invalidTasks: ReadonlySet<string>;
  onCell: (taskKey: string, actorKey: string, letter: RaciLetter | '') => void;
}

/** The matrix as a grid of selects: a row per task (in its group), a column per actor. */
export function CellGrid({ doc, invalidTasks, onCell }: Props) {
  const { t } = useTranslation();
  if (doc.actors.length === 0) return <p>{t('responsibilities.editor.grid.noActors')}</p>;
  const untitled = t('responsibilities.editor.tasks.untitled');
  return (
    <ScrollRegion label={t('responsibilities.editor.grid.region')}>
      <table className="table table--compact aktion-matrix">
        <caption>{t('responsibilities.editor.grid.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="aktion-matrix-task">
              {t('responsibilities.view.task')}
            </th>
            {doc.actors.map((a) => (
              <th scope="col" key={a.key} className="aktion-matrix-actor">
                {a.name || t('responsibilities.editor.actors.untitled')}
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
                <th scope="rowgroup" colSpan={doc.actors.length + 1}>
                  {group.name || t('responsibilities.editor.tasks.unnamedGroup')}
                </th>
              </tr>
              {tasks.map((task) => {
                const title = task.title || untitled;
                const invalid = invalidTasks.has(task.key);
                return (
                  <tr key={task.key}>
                    <th scope="row" className="aktion-matrix-task">
                      {title}
                    </th>
                    {doc.actors.map((a) => (
                      <td key={a.key} className="aktion-matrix-cell">
                        <select
                          id={cellId(task.key, a.key)}
                          className="form-select"
                          aria-label={t('responsibilities.editor.grid.cell', {
                            task: title,
                            actor: a.name || t('responsibilities.editor.actors.untitled'),
                          })}
                          aria-invalid={invalid || undefined}
                          value={task.cells[a.key] ?? ''}
                          onChange={(e) => onCell(task.key, a.key, e.target.value as RaciLetter | '')}
                        >
                          <option value="">{t('responsibilities.editor.grid.empty')}</option>
                          {RACI_LETTERS.map((letter) => (
                            <option key={letter} value={letter}>
                              {letter}
                            </option>
                          ))}
                        </select>
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          );
        })}
      </table>
    </ScrollRegion>
  );
}
