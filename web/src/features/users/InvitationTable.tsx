import { useTranslation } from 'react-i18next';
import type { InvitationRes } from '../../../../core/schemas/users.js';
import type { NoticeMessage } from '../../components/Notice.js';
import { InvitationRow } from './InvitationRow.js';

interface InvitationTableProps {
  invitations: readonly InvitationRes[];
  onChanged: (inv: InvitationRes) => void;
  onNotice: (notice: NoticeMessage) => void;
}

export function InvitationTable({ invitations, onChanged, onNotice }: InvitationTableProps) {
  const { t } = useTranslation();
  if (invitations.length === 0) return <p>{t('invitations.empty')}</p>;
  return (
    <div className="aktion-table-wrapper">
      <table className="table table--zebra">
        <caption className="sr-only">{t('invitations.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('invitations.email')}</th>
            <th scope="col">{t('invitations.name')}</th>
            <th scope="col">{t('invitations.roles')}</th>
            <th scope="col">{t('invitations.status')}</th>
            <th scope="col">{t('invitations.expires')}</th>
            <th scope="col">{t('invitations.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {invitations.map((inv) => (
            <InvitationRow key={inv.id} invitation={inv} onChanged={onChanged} onNotice={onNotice} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
