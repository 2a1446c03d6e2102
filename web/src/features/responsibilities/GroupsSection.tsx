import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponsibilityGroupRes } from '../../../../core/schemas/responsibilities.js';
import { deleteResponsibilityGroup } from '../../api/responsibilities.js';
import { Alert } from '../../components/Alert.js';
import { ConfirmBox } from '../../components/ConfirmBox.js';
import { Notice, type NoticeMessage } from '../../components/Notice.js';
import { messageOf } from '../organisation/labels.js';
import { GroupForm } from './GroupForm.js';

interface Props {
  groups: ResponsibilityGroupRes[];
  /** A group was saved or deleted: the page reloads the list (the editor's check uses it). */
  onChanged: () => void;
}

type Editing = { kind: 'new' } | { kind: 'edit'; id: string } | { kind: 'delete'; id: string } | null;

/** The named groups a column can stand for (for example the MED committee), with their members. */
export function GroupsSection({ groups, onChanged }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const saved = (group: ResponsibilityGroupRes) => {
    setEditing(null);
    setNotice({ variant: 'success', text: t('responsibilities.groups.saved', { name: group.name }) });
    onChanged();
  };

  const remove = async (group: ResponsibilityGroupRes) => {
    setBusy(true);
    setError(null);
    try {
      await deleteResponsibilityGroup(group.id);
      setEditing(null);
      setNotice({ variant: 'success', text: t('responsibilities.groups.deleted', { name: group.name }) });
      onChanged();
    } catch (err) {
      setEditing(null);
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="matrix-groups-heading" className="mt-8">
      <h2 id="matrix-groups-heading">{t('responsibilities.groups.heading')}</h2>
      <p>{t('responsibilities.groups.intro')}</p>
      <Notice notice={notice} />
      {error && (
        <Alert variant="error">
          <p>{error}</p>
        </Alert>
      )}
      {groups.length === 0 && <p>{t('responsibilities.groups.none')}</p>}
      {groups.map((group) =>
        editing?.kind === 'edit' && editing.id === group.id ? (
          <GroupForm key={group.id} group={group} onSaved={saved} onCancel={() => setEditing(null)} />
        ) : (
          <div key={group.id} className="aktion-matrix-panel">
            <h3>{group.name}</h3>
            <p>
              {t('responsibilities.groups.memberCount', { count: group.members.length })}
              {group.members.length > 0 && `: ${group.members.map((m) => m.name).join(', ')}`}
            </p>
            {editing?.kind === 'delete' && editing.id === group.id ? (
              <ConfirmBox
                question={t('responsibilities.groups.removeQuestion', { name: group.name })}
                confirmLabel={t('responsibilities.groups.removeConfirm')}
                busy={busy}
                onConfirm={() => void remove(group)}
                onCancel={() => setEditing(null)}
              />
            ) : (
              <div className="aktion-actions">
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => setEditing({ kind: 'edit', id: group.id })}
                >
                  {t('responsibilities.groups.edit', { name: group.name })}
                </button>
                <button
                  type="button"
                  className="button button-tertiary"
                  onClick={() => setEditing({ kind: 'delete', id: group.id })}
                >
                  {t('responsibilities.groups.remove', { name: group.name })}
                </button>
              </div>
            )}
          </div>
        ),
      )}
      {editing?.kind === 'new' ? (
        <GroupForm group={null} onSaved={saved} onCancel={() => setEditing(null)} />
      ) : (
        <button type="button" className="button button-secondary" onClick={() => setEditing({ kind: 'new' })}>
          {t('responsibilities.groups.create')}
        </button>
      )}
    </section>
  );
}
