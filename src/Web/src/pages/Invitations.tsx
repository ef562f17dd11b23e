import { useState } from 'react';
import { ErrorBox } from '../ErrorBox';
import { graphql } from '../gql';
import type { MyInvitationsQuery } from '../gql/graphql';
import { gql, WORKSPACES_CHANGED_EVENT } from '../graphql';
import { useAction, useQuery } from '../hooks';
import { Link } from 'react-router';
import { Time } from '../Time';

/** An invitation addressed to my e-mail: to a workspace (role) or, for a guest, to one project (access). */
export type ReceivedInvitation = NonNullable<MyInvitationsQuery['me']>['invitations'][number];

export const MY_INVITATIONS = graphql(`query MyInvitations { me { id invitations { id workspaceId workspaceName role projectId projectName access invitedByEmail expiresAt } } }`);
export const ACCEPT_WORKSPACE_INVITATION = graphql(`mutation AcceptWorkspaceInvitation($input: AcceptWorkspaceInvitationInput!) {
  acceptWorkspaceInvitation(input: $input) { invitation { id status } }
}`);
export const DECLINE_WORKSPACE_INVITATION = graphql(`mutation DeclineWorkspaceInvitation($input: DeclineWorkspaceInvitationInput!) {
  declineWorkspaceInvitation(input: $input) { invitation { id status } }
}`);

/** `/invitations`: the mailed link for an existing account. */
export function InvitationsPage() {
  return (
    <main>
      <p className="crumbs"><Link to="/">Workspaces</Link></p>
      <h1>Invitations</h1>
      <ReceivedInvitations showEmpty />
    </main>
  );
}

const target = (i: ReceivedInvitation) => (i.projectName ? `${i.projectName} (in ${i.workspaceName})` : i.workspaceName);
const placeOf = (i: ReceivedInvitation) =>
  i.projectId ? `/projects/${encodeURIComponent(i.projectId)}` : `/workspaces/${encodeURIComponent(i.workspaceId)}`;

/** My pending invitations with Accept and Decline; the workspaces home shows them too (nothing when there are none). */
export function ReceivedInvitations({ showEmpty = false, onAccepted }: { showEmpty?: boolean; onAccepted?: () => void }) {
  const { data, error, setData } = useQuery(MY_INVITATIONS, {});
  const action = useAction();
  const [outcome, setOutcome] = useState<{ joined?: ReceivedInvitation; declined?: ReceivedInvitation }>();

  const answer = async (invitation: ReceivedInvitation, accept: boolean) => {
    setOutcome(undefined);
    const input = { input: { invitationId: invitation.id } };
    const answered = await action.run<unknown>(() => (accept ? gql(ACCEPT_WORKSPACE_INVITATION, input) : gql(DECLINE_WORKSPACE_INVITATION, input)));
    if (answered === undefined) return;
    setData((d) => (d.me ? { me: { ...d.me, invitations: d.me.invitations.filter((i) => i.id !== invitation.id) } } : d));
    setOutcome(accept ? { joined: invitation } : { declined: invitation });
    if (accept) {
      window.dispatchEvent(new Event(WORKSPACES_CHANGED_EVENT));
      onAccepted?.();
    }
  };

  const invitations = data?.me?.invitations ?? [];
  if (!showEmpty && invitations.length === 0 && !outcome && !error && !action.error) return null;

  return (
    <section data-testid="received-invitations">
      {!showEmpty && <h2>Invitations</h2>}
      <ErrorBox error={error ?? action.error} />
      {outcome?.joined && (
        <p role="status" className="ok">
          You joined <Link to={placeOf(outcome.joined)}>{target(outcome.joined)}</Link>.
        </p>
      )}
      {outcome?.declined && <p role="status">You declined the invitation to {target(outcome.declined)}.</p>}
      {showEmpty && !data && !error && <p>Loading…</p>}
      {showEmpty && data && invitations.length === 0 && <p>You have no pending invitations.</p>}
      {invitations.length > 0 && (
        <ul className="workspaces">
          {invitations.map((i) => (
            <li key={i.id} data-testid="invitation-row">
              <strong>{target(i)}</strong>
              <span className="badge">{i.role ?? i.access}</span>
              <small>
                {i.invitedByEmail && <>invited by {i.invitedByEmail}, </>}expires <Time value={i.expiresAt} />
              </small>
              <span className="spacer" />
              <button type="button" disabled={action.busy} onClick={() => answer(i, true)}>Accept</button>
              <button type="button" className="danger" disabled={action.busy} onClick={() => answer(i, false)}>Decline</button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
