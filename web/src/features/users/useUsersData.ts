import { useCallback, useEffect, useState } from 'react';
import type { InvitationRes, UserRes } from '../../../../core/schemas/users.js';
import { listInvitations, listUsers } from '../../api/users.js';

/** Loads the organisation's users and invitations; callers replace rows after each change. */
export function useUsersData() {
  const [users, setUsers] = useState<UserRes[] | null>(null);
  const [invitations, setInvitations] = useState<InvitationRes[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const [u, i] = await Promise.all([listUsers(), listInvitations()]);
      setUsers(u);
      setInvitations(i);
      setError(null);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const replaceUser = useCallback((user: UserRes) => {
    setUsers((list) => list?.map((u) => (u.id === user.id ? user : u)) ?? null);
  }, []);
  const putInvitation = useCallback((inv: InvitationRes) => {
    setInvitations((list) => {
      const rest = (list ?? []).filter((i) => i.id !== inv.id);
      return list?.some((i) => i.id === inv.id)
        ? (list ?? []).map((i) => (i.id === inv.id ? inv : i))
        : [inv, ...rest];
    });
  }, []);

  return { users, invitations, error, reload: load, replaceUser, putInvitation };
}
