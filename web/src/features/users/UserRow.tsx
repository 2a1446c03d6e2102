import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserRes } from '../../../../core/schemas/users.js';
import { deactivateUser, reactivateUser } from '../../api/users.js';
import { ConfirmBox } from '../../components/ConfirmBox.js';
import type { NoticeMessage } from '../../components/Notice.js';
import { RoleEditor } from './RoleEditor.js';
import { useRoleList } from './roles.js';

interface UserRowProps {
  user: UserRes;
  onChanged: (user: UserRes) => void;
  onNotice: (notice: NoticeMessage) => void;
}

export function UserRow({ user, onChanged, onNotice }: UserRowProps) {
  const { t } = useTranslation();
  const roleList = useRoleList();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const statusButton = useRef<HTMLButtonElement>(null);
  const editorId = `roles-editor-${user.id}`;
  const forName = <span className="sr-only"> – {user.name}</span>;

  const toggleActive = async () => {
    setBusy(true);
    try {
      const updated = user.active ? await deactivateUser(user.id) : await reactivateUser(user.id);
      onChanged(updated);
      const key = updated.active ? 'users.reactivated_done' : 'users.deactivated_done';
      onNotice({ variant: 'success', text: t(key, { name: updated.name }) });
    } catch (err) {
      onNotice({ variant: 'error', text: err instanceof Error ? err.message : String(err) });
    } finally {
      setBusy(false);
      setConfirming(false);
      statusButton.current?.focus();
    }
  };

  return (
    <>
      <tr>
        <td>{user.name}</td>
        <td>{user.email}</td>
        <td>{roleList(user.roles)}</td>
        <td>{user.active ? t('users.active') : t('users.deactivated')}</td>
        <td>
          <div className="aktion-actions">
            <button
              ref={editButton}
              type="button"
              className="button button-secondary"
              aria-expanded={editing}
              aria-controls={editing ? editorId : undefined}
              onClick={() => setEditing((v) => !v)}
            >
              {t('users.editRoles')}
              {forName}
            </button>
            <button
              ref={statusButton}
              type="button"
              className="button button-secondary"
              onClick={() => setConfirming(true)}
              disabled={confirming}
            >
              {user.active ? t('users.deactivate') : t('users.reactivate')}
              {forName}
            </button>
          </div>
          {confirming && (
            <ConfirmBox
              question={t(user.active ? 'users.confirmDeactivate' : 'users.confirmReactivate', {
                name: user.name,
              })}
              confirmLabel={user.active ? t('users.deactivate') : t('users.reactivate')}
              busy={busy}
              onConfirm={() => void toggleActive()}
              onCancel={() => {
                setConfirming(false);
                statusButton.current?.focus();
              }}
            />
          )}
        </td>
      </tr>
      {editing && (
        <tr>
          <td colSpan={5} id={editorId}>
            <RoleEditor
              user={user}
              onSaved={(updated) => {
                onChanged(updated);
                setEditing(false);
                onNotice({ variant: 'success', text: t('users.rolesSaved', { name: updated.name }) });
                editButton.current?.focus();
              }}
              onCancel={() => {
                setEditing(false);
                editButton.current?.focus();
              }}
            />
          </td>
        </tr>
      )}
    </>
  );
}
