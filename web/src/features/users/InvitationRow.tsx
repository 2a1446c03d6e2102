import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvitationRes } from '../../../../core/schemas/users.js';
import { revokeInvitation } from '../../api/users.js';
import { ConfirmBox } from '../../components/ConfirmBox.js';
import type { NoticeMessage } from '../../components/Notice.js';
import { formatDate } from '../../i18n/format.js';
import { useRoleList } from './roles.js';

interface InvitationRowProps {
  invitation: InvitationRes;
  onChanged: (inv: InvitationRes) => void;
  onNotice: (notice: NoticeMessage) => void;
}

export function InvitationRow({ invitation: inv, onChanged, onNotice }: InvitationRowProps) {
  const { t, i18n } = useTranslation();
  const roleList = useRoleList();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  const revoke = async () => {
    setBusy(true);
    try {
      const updated = await revokeInvitation(inv.id);
      onChanged(updated);
      onNotice({ variant: 'success', text: t('invitations.revoked_done', { email: updated.email }) });
    } catch (err) {
      onNotice({ variant: 'error', text: err instanceof Error ? err.message : String(err) });
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  return (
    <tr>
      <td>{inv.email}</td>
      <td>{inv.name}</td>
      <td>{roleList(inv.roles)}</td>
      <td>{t(`invitations.${inv.status}`)}</td>
      <td>{formatDate(inv.expiresAt, i18n.language)}</td>
      <td>
        {inv.status === 'pending' && !confirming && (
          <button type="button" className="button button-secondary" onClick={() => setConfirming(true)}>
            {t('invitations.revoke')}
            <span className="sr-only"> – {inv.email}</span>
          </button>
        )}
        {confirming && (
          <ConfirmBox
            question={t('invitations.confirmRevoke', { email: inv.email })}
            confirmLabel={t('invitations.revoke')}
            busy={busy}
            onConfirm={() => void revoke()}
            onCancel={() => setConfirming(false)}
          />
        )}
      </td>
    </tr>
  );
}
