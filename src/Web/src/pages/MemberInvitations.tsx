import { useState, type FormEvent } from 'react';
import { ErrorBox } from '../ErrorBox';
import { graphql } from '../gql';
import type { WorkspaceInvitationsQuery } from '../gql/graphql';
import { gql } from '../graphql';
import { useAction, useQuery } from '../hooks';
import { Time } from '../Time';
import { ROLES, type WorkspaceRole } from '../types';
import { TableScroll } from '../TableScroll';

/** A pending invitation of the workspace: to the workspace (role) or, for a guest, to one project (access). */
type PendingInvitation = NonNullable<WorkspaceInvitationsQuery['workspace']>['invitations'][number];

const INVITATIONS = graphql(`query WorkspaceInvitations($id: ID!) {
  workspace(id: $id) { id invitations { id email role projectName access status expiresAt } }
}`);
export const INVITE_MEMBER = graphql(`mutation InviteMember($input: InviteMemberInput!) {
  inviteMember(input: $input) { invitation { id email role status expiresAt } }
}`);
export const REVOKE_INVITATION = graphql(`mutation RevokeInvitation($input: RevokeInvitationInput!) {
  revokeInvitation(input: $input) { invitation { id status } }
}`);

/**
 * ADMIN: invite by e-mail and manage the invitations still pending. The invitee is mailed (a link to choose a
 * password, or to accept from their account); nothing usable comes back to the inviter.
 */
export function MemberInvitations({ workspaceId }: { workspaceId: string }) {
  const { data, error, setData } = useQuery(INVITATIONS, { id: workspaceId });
  const action = useAction();
  const [sentTo, setSentTo] = useState<string>();

  const setInvitations = (update: (list: PendingInvitation[]) => PendingInvitation[]) =>
    setData((d) => (d.workspace ? { workspace: { ...d.workspace, invitations: update(d.workspace.invitations) } } : d));

  const invite = async (email: string, role: WorkspaceRole) => {
    setSentTo(undefined);
    const result = await action.run(() => gql(INVITE_MEMBER, { input: { workspaceId, email, role } }));
    if (!result) return false;
    const invitation = { projectName: null, access: null, ...result.inviteMember.invitation };
    setInvitations((list) => [...list.filter((i) => i.id !== invitation.id), invitation]);
    setSentTo(invitation.email);
    return true;
  };

  const revoke = async (invitation: PendingInvitation) => {
    setSentTo(undefined);
    if ((await action.run(() => gql(REVOKE_INVITATION, { input: { invitationId: invitation.id } }))) === undefined) return;
    setInvitations((list) => list.filter((i) => i.id !== invitation.id));
  };

  const pending = data?.workspace?.invitations.filter((i) => i.status === 'PENDING') ?? [];
  return (
    <>
      <InviteForm busy={action.busy} onInvite={invite} />
      <ErrorBox error={action.error ?? error} />
      {sentTo && <p role="status" className="ok">Invitation sent to {sentTo}.</p>}
      {pending.length > 0 && (
        <>
          <h2>Pending invitations</h2>
          <TableScroll label="Pending invitations">
            <table data-testid="invitations-table">
              <thead>
                <tr>
                  <th scope="col">Email</th>
                  <th scope="col">Role</th>
                  <th scope="col">Expires</th>
                  <th scope="col"><span className="visually-hidden">Actions</span></th>
                </tr>
              </thead>
              <tbody>
                {pending.map((i) => (
                  <tr key={i.id} data-testid="invitation-row">
                    <td>{i.email}</td>
                    <td>{i.role ?? `guest: ${i.access} on ${i.projectName}`}</td>
                    <td><Time value={i.expiresAt} /></td>
                    <td>
                      <button type="button" className="danger" disabled={action.busy} onClick={() => revoke(i)}>Revoke</button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </>
  );
}

function InviteForm({ busy, onInvite }: { busy: boolean; onInvite: (email: string, role: WorkspaceRole) => Promise<boolean> }) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<WorkspaceRole>('VIEWER');

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (await onInvite(email.trim(), role)) setEmail('');
  };

  return (
    <section>
      <h2>Invite a member</h2>
      <form onSubmit={onSubmit} className="inline">
        <label className="field">
          <span>Member email</span>
          <input type="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <label className="field">
          <span>Role</span>
          <select aria-label="Role" value={role} onChange={(e) => setRole(e.target.value as WorkspaceRole)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>{r}</option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={busy}>Invite</button>
      </form>
    </section>
  );
}
