import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert.js';
import { Notice, type NoticeMessage } from '../../components/Notice.js';
import { Page } from '../../components/Page.js';
import { InvitationTable } from './InvitationTable.js';
import { InviteForm } from './InviteForm.js';
import { UserTable } from './UserTable.js';
import { useUsersData } from './useUsersData.js';

export function UsersPage() {
  const { t } = useTranslation();
  const data = useUsersData();
  const [notice, setNotice] = useState<NoticeMessage | null>(null);

  return (
    <Page title={t('users.title')}>
      <Notice notice={notice} />
      {data.error && (
        <Alert variant="error">
          <p>{data.error}</p>
        </Alert>
      )}
      <h2>{t('users.tableCaption')}</h2>
      {data.users === null ? (
        !data.error && <p>{t('common.loading')}</p>
      ) : (
        <UserTable users={data.users} onChanged={data.replaceUser} onNotice={setNotice} />
      )}
      <h2 className="mt-8">{t('invite.heading')}</h2>
      <InviteForm
        onInvited={(inv) => {
          data.putInvitation(inv);
          setNotice({ variant: 'success', text: t('invite.sent', { email: inv.email }) });
        }}
      />
      <h2 className="mt-8">{t('invitations.heading')}</h2>
      {data.invitations !== null && (
        <InvitationTable invitations={data.invitations} onChanged={data.putInvitation} onNotice={setNotice} />
      )}
    </Page>
  );
}
