import { useTranslation } from 'react-i18next';
import { MatrixLimits, type TaskGroup } from '../../../../core/schemas/responsibilities.js';
import { TextField } from '../../components/TextField.js';
import {
  addTask,
  addTaskGroup,
  removeTaskGroup,
  renameTaskGroup,
  taskFieldId,
  taskGroupFieldId,
} from './matrixEdit.js';
import { type TaskEditing, TaskItem } from './TaskItem.js';

const addTaskId = (group: TaskGroup) => `taskgroup-${group.key}-add`;
export const ADD_TASK_GROUP_ID = 'matrix-add-task-group';

/** The task groups, each with its tasks; add, rename and (when empty) delete a group. */
export function TasksEditor(props: TaskEditing) {
  const { t } = useTranslation();
  const { doc, onDoc, onOpen, errorFor, onFocus } = props;
  const full = doc.tasks.length >= MatrixLimits.tasksMax;

  return (
    <section aria-labelledby="matrix-tasks-heading">
      <h2 id="matrix-tasks-heading">{t('responsibilities.editor.tasks.heading')}</h2>
      <p>{t('responsibilities.editor.tasks.intro')}</p>
      {doc.taskGroups.map((group) => {
        const name = group.name.trim() || t('responsibilities.editor.tasks.unnamedGroup');
        const tasks = doc.tasks.filter((x) => x.group === group.key);
        return (
          <div key={group.key} className="aktion-matrix-panel">
            <fieldset>
              <legend>{t('responsibilities.editor.tasks.groupLegend', { name })}</legend>
              <TextField
                id={taskGroupFieldId(group.key)}
                label={t('responsibilities.editor.tasks.groupName')}
                value={group.name}
                onChange={(value) => onDoc((d) => renameTaskGroup(d, group.key, value))}
                error={errorFor(taskGroupFieldId(group.key))}
                maxLength={MatrixLimits.nameMax}
                required
              />
              {tasks.length === 0 ? (
                <p>{t('responsibilities.editor.tasks.empty')}</p>
              ) : (
                <ul className="aktion-matrix-task-list">
                  {tasks.map((task) => (
                    <TaskItem key={task.key} task={task} addId={addTaskId(group)} {...props} />
                  ))}
                </ul>
              )}
              <div className="aktion-actions mt-4">
                {!full && (
                  <button
                    id={addTaskId(group)}
                    type="button"
                    className="button button-secondary"
                    onClick={() => {
                      const added = addTask(doc, group.key);
                      onDoc(added.doc);
                      onOpen(added.key, true);
                      onFocus(taskFieldId(added.key, 'title'));
                    }}
                  >
                    {t('responsibilities.editor.tasks.add', { group: name })}
                  </button>
                )}
                {tasks.length === 0 && (
                  <button
                    type="button"
                    className="button button-tertiary"
                    onClick={() => {
                      onDoc((d) => removeTaskGroup(d, group.key));
                      onFocus(ADD_TASK_GROUP_ID);
                    }}
                  >
                    {t('responsibilities.editor.tasks.removeGroup', { name })}
                  </button>
                )}
              </div>
              {tasks.length > 0 && (
                <p className="form-hint">{t('responsibilities.editor.tasks.removeGroupBlocked')}</p>
              )}
            </fieldset>
          </div>
        );
      })}
      {doc.taskGroups.length < MatrixLimits.taskGroupsMax && (
        <button
          id={ADD_TASK_GROUP_ID}
          type="button"
          className="button button-secondary"
          onClick={() => {
            const added = addTaskGroup(doc);
            onDoc(added.doc);
            onFocus(taskGroupFieldId(added.key));
          }}
        >
          {t('responsibilities.editor.tasks.addGroup')}
        </button>
      )}
    </section>
  );
}
