import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserRes } from '../../../../core/schemas/users.js';
import { ApiError } from '../../api/client.js';
import { deactivateUser, reactivateUser, resetSecondFactor } from '../../api/users.js';
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
  const [confirming, setConfirming] = useState<'status' | 'secondFactor' | null>(null);
  const [busy, setBusy] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const statusButton = useRef<HTMLButtonElement>(null);
  const resetButton = useRef<HTMLButtonElement>(null);
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
      setConfirming(null);
      statusButton.current?.focus();
    }
  };

  const reset = async () => {
    setBusy(true);
    try {
      await resetSecondFactor(user.id);
      onNotice({ variant: 'success', text: t('users.secondFactorReset_done', { name: user.name }) });
      onChanged({ ...user, secondFactor: false });
      // The button is gone: keep focus in the row.
      editButton.current?.focus();
    } catch (err) {
      onNotice({ variant: 'error', text: err instanceof Error ? err.message : String(err) });
      // 409: it was not on after all (reset by someone else); show that.
      if (err instanceof ApiError && err.status === 409) onChanged({ ...user, secondFactor: false });
      else resetButton.current?.focus();
    } finally {
      setBusy(false);
      setConfirming(null);
    }
  };

  return (
    <>
      <tr>
        <td>{user.name}</td>
        <td>{user.email}</td>
        <td>{roleList(user.roles)}</td>
        <td>{user.active ? t('users.active') : t('users.deactivated')}</td>
        <td>{user.secondFactor ? t('users.secondFactorOn') : t('users.secondFactorOff')}</td>
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
              onClick={() => setConfirming('status')}
              disabled={confirming !== null}
            >
              {user.active ? t('users.deactivate') : t('users.reactivate')}
              {forName}
            </button>
            {user.secondFactor && (
              <button
                ref={resetButton}
                type="button"
                className="button button-secondary"
                onClick={() => setConfirming('secondFactor')}
                disabled={confirming !== null}
              >
                {t('users.resetSecondFactor')}
                {forName}
              </button>
            )}
          </div>
          {confirming === 'secondFactor' && (
            <ConfirmBox
              question={t('users.confirmResetSecondFactor', { name: user.name })}
              confirmLabel={t('users.resetSecondFactor')}
              busy={busy}
              onConfirm={() => void reset()}
              onCancel={() => {
                setConfirming(null);
                resetButton.current?.focus();
              }}
            />
          )}
          {confirming === 'status' && (
            <ConfirmBox
              question={t(user.active ? 'users.confirmDeactivate' : 'users.confirmReactivate', {
                name: user.name,
              })}
              confirmLabel={user.active ? t('users.deactivate') : t('users.reactivate')}
              busy={busy}
              onConfirm={() => void toggleActive()}
              onCancel={() => {
                setConfirming(null);
                statusButton.current?.focus();
              }}
            />
          )}
        </td>
      </tr>
      {editing && (
        <tr>
          <td colSpan={6} id={editorId}>
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
