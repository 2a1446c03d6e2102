import { type Dispatch, type SetStateAction, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type MatrixDocument,
  MatrixLimits,
  type MatrixTask,
} from '../../../../core/schemas/responsibilities.js';
import { ConfirmBox } from '../../components/ConfirmBox.js';
import { SelectField } from '../../components/SelectField.js';
import { TextAreaField } from '../../components/TextAreaField.js';
import { TextField } from '../../components/TextField.js';
import { NamedLabel } from '../programmes/parts.js';
import { canMoveTask, moveTask, removeTask, taskFieldId, updateTask } from './matrixEdit.js';

export interface TaskEditing {
  doc: MatrixDocument;
  onDoc: Dispatch<SetStateAction<MatrixDocument>>;
  open: ReadonlySet<string>;
  onOpen: (key: string, open: boolean) => void;
  errorFor: (id: string) => string | undefined;
  onAnnounce: (text: string) => void;
  onFocus: (id: string) => void;
}

/** A task: its name and buttons that say which task, and (opened) its title, description and group. */
export function TaskItem({ task, addId, ...props }: TaskEditing & { task: MatrixTask; addId: string }) {
  const { t } = useTranslation();
  const { doc, onDoc, open, onOpen, errorFor, onAnnounce, onFocus } = props;
  const [confirming, setConfirming] = useState(false);
  const isOpen = open.has(task.key);
  const title = task.title.trim() || t('responsibilities.editor.tasks.untitled');
  const panelId = `task-${task.key}-panel`;
  const upId = `task-${task.key}-up`;
  const downId = `task-${task.key}-down`;
  type NamedKey =
    | 'responsibilities.editor.tasks.edit'
    | 'responsibilities.editor.tasks.close'
    | 'responsibilities.editor.tasks.up'
    | 'responsibilities.editor.tasks.down'
    | 'responsibilities.editor.tasks.remove';
  const named = (key: NamedKey) => <NamedLabel title={title} text={(x) => t(key, { task: x })} />;

  const move = (by: -1 | 1) => {
    const next = moveTask(doc, task.key, by);
    onDoc(next);
    onAnnounce(t('responsibilities.editor.tasks.moved', { task: title }));
    // At the group's edge the button goes dim: focus moves to the other one.
    onFocus(canMoveTask(next, task.key, by) ? (by === -1 ? upId : downId) : by === -1 ? downId : upId);
  };

  return (
    <li>
      <div className="aktion-matrix-task-line">
        <span className="aktion-matrix-task-name">
          <strong>{title}</strong>
        </span>
        <span className="aktion-actions">
          <button
            id={taskFieldId(task.key, 'edit')}
            type="button"
            className="button button-secondary"
            aria-expanded={isOpen}
            aria-controls={isOpen ? panelId : undefined}
            onClick={() => onOpen(task.key, !isOpen)}
          >
            {named(isOpen ? 'responsibilities.editor.tasks.close' : 'responsibilities.editor.tasks.edit')}
          </button>
          <button
            id={upId}
            type="button"
            className="button button-secondary"
            disabled={!canMoveTask(doc, task.key, -1)}
            onClick={() => move(-1)}
          >
            {named('responsibilities.editor.tasks.up')}
          </button>
          <button
            id={downId}
            type="button"
            className="button button-secondary"
            disabled={!canMoveTask(doc, task.key, 1)}
            onClick={() => move(1)}
          >
            {named('responsibilities.editor.tasks.down')}
          </button>
          <button
            id={`task-${task.key}-remove`}
            type="button"
            className="button button-tertiary"
            onClick={() => setConfirming(true)}
          >
            {named('responsibilities.editor.tasks.remove')}
          </button>
        </span>
      </div>
      {confirming && (
        <ConfirmBox
          question={t('responsibilities.editor.tasks.removeQuestion', { task: title })}
          confirmLabel={t('responsibilities.editor.tasks.removeConfirm')}
          onConfirm={() => {
            onDoc((d) => removeTask(d, task.key));
            onAnnounce(t('responsibilities.editor.tasks.removed', { task: title }));
            onFocus(addId);
          }}
          onCancel={() => {
            setConfirming(false);
            onFocus(`task-${task.key}-remove`);
          }}
        />
      )}
      {isOpen && (
        <div id={panelId}>
          <TextField
            id={taskFieldId(task.key, 'title')}
            label={t('responsibilities.editor.tasks.titleLabel')}
            value={task.title}
            onChange={(value) => onDoc((d) => updateTask(d, task.key, { title: value }))}
            error={errorFor(taskFieldId(task.key, 'title'))}
            maxLength={MatrixLimits.nameMax}
            required
          />
          <TextAreaField
            id={taskFieldId(task.key, 'description')}
            label={t('responsibilities.editor.tasks.descriptionLabel')}
            hint={t('responsibilities.editor.tasks.descriptionHint')}
            value={task.description}
            onChange={(value) => onDoc((d) => updateTask(d, task.key, { description: value }))}
            error={errorFor(taskFieldId(task.key, 'description'))}
            maxLength={MatrixLimits.descriptionMax}
            rows={3}
          />
          <SelectField
            id={taskFieldId(task.key, 'group')}
            label={t('responsibilities.editor.tasks.groupLabel')}
            value={task.group}
            options={doc.taskGroups.map((g) => ({
              value: g.key,
              label: g.name || t('responsibilities.editor.tasks.unnamedGroup'),
            }))}
            onChange={(group) => {
              onDoc((d) => updateTask(d, task.key, { group }));
              onFocus(taskFieldId(task.key, 'group'));
            }}
          />
        </div>
      )}
    </li>
  );
}
