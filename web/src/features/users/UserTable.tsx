import { useTranslation } from 'react-i18next';
import type { UserRes } from '../../../../core/schemas/users.js';
import type { NoticeMessage } from '../../components/Notice.js';
import { UserRow } from './UserRow.js';

interface UserTableProps {
  users: readonly UserRes[];
  onChanged: (user: UserRes) => void;
  onNotice: (notice: NoticeMessage) => void;
}

export function UserTable({ users, onChanged, onNotice }: UserTableProps) {
  const { t } = useTranslation();
  if (users.length === 0) return <p>{t('users.empty')}</p>;
  return (
    <div className="aktion-table-wrapper">
      <table className="table table--zebra">
        <caption className="sr-only">{t('users.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('users.name')}</th>
            <th scope="col">{t('users.email')}</th>
            <th scope="col">{t('users.roles')}</th>
            <th scope="col">{t('users.status')}</th>
            <th scope="col">{t('users.secondFactor')}</th>
            <th scope="col">{t('users.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <UserRow key={u.id} user={u} onChanged={onChanged} onNotice={onNotice} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
