import { useState } from 'react';
import { ErrorBox } from '../ErrorBox';
import { graphql } from '../gql';
import type { MemberFieldsFragment as Member, WorkspaceQuery } from '../gql/graphql';
import { gql, GraphQLRequestError, WORKSPACES_CHANGED_EVENT } from '../graphql';
import { useAction, useQuery } from '../hooks';
import { Link, useLocation, useNavigate } from 'react-router';
import { Time } from '../Time';
import { ROLES, type User, type WorkspaceRole } from '../types';
import { YourAccount } from './LinkSso';
import { MemberInvitations } from './MemberInvitations';
import { TableScroll } from '../TableScroll';

type Workspace = NonNullable<WorkspaceQuery['workspace']>;

graphql(`fragment MemberFields on Member { userId email role joinedAt }`);
const WORKSPACE = graphql(`query Workspace($id: ID!) {
  workspace(id: $id) { id name myRole members(first: 100) { edges { node { ...MemberFields } } } }
}`);
const CHANGE_MEMBER_ROLE = graphql(`mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {
  changeMemberRole(input: $input) { member { ...MemberFields } }
}`);
const REMOVE_MEMBER = graphql(`mutation RemoveMember($input: RemoveMemberInput!) { removeMember(input: $input) { removedUserId } }`);

const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;

/** An error as people should read it: ids of members become their addresses, any other id "this member" (an id
 * means nothing to a reader). */
export function withoutIds(error: unknown, members: { userId: string; email: string }[]): unknown {
  if (!error) return error;
  const clean = (text: string) => {
    let out = text;
    for (const m of members) if (m.userId.length >= 8) out = out.split(m.userId).join(m.email);
    return out.replace(UUID, 'this member');
  };
  if (error instanceof GraphQLRequestError) {
    return new GraphQLRequestError(error.code, clean(error.message), error.fields.map((f) => ({ field: f.field, message: clean(f.message) })));
  }
  return clean(error instanceof Error ? error.message : String(error));
}

export function MembersPage({ workspaceId, me }: { workspaceId: string; me: User }) {
  const { data, error, setData } = useQuery(WORKSPACE, { id: workspaceId });
  const action = useAction();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  // What the last change did, in words (the changed member is often not where the eye is).
  const [notice, setNotice] = useState<string>();
  // Set once the signed-in person removed themselves: the workspace's pages are no longer theirs.
  const [left, setLeft] = useState(false);

  if (left) {
    return (
      <main>
        <p className="crumbs"><Link to="/">Workspaces</Link></p>
        <h1>{data?.workspace?.name ?? 'Workspace'}</h1>
        <p role="status" className="notice">{notice}</p>
        <p><Link to="/">Go to your workspaces</Link></p>
      </main>
    );
  }
  if (error) return <main><ErrorBox error={error} /></main>;
  if (!data) return <main><p>Loading…</p></main>;
  const workspace = data.workspace;
  if (!workspace) return <main><ErrorBox error="Workspace not found." /></main>;

  const isAdmin = workspace.myRole === 'ADMIN';
  const members = workspace.members.edges.map((e) => e.node);

  const updateWorkspace = (update: (w: Workspace) => Workspace) =>
    setData((d) => (d.workspace ? { workspace: update(d.workspace) } : d));

  const putMember = (member: Member) =>
    updateWorkspace((w) => {
      const known = w.members.edges.some((e) => e.node.userId === member.userId);
      const edges = known
        ? w.members.edges.map((e) => (e.node.userId === member.userId ? { node: member } : e))
        : [...w.members.edges, { node: member }];
      return { ...w, myRole: member.userId === me.id ? member.role : w.myRole, members: { edges } };
    });

  const changeRole = async (member: Member, role: WorkspaceRole) => {
    setNotice(undefined);
    const result = await action.run(() =>
      gql(CHANGE_MEMBER_ROLE, {
        input: { workspaceId, userId: member.userId, role },
      }),
    );
    if (!result) return;
    const changed = result.changeMemberRole.member;
    putMember(changed);
    if (changed.userId !== me.id) {
      setNotice(`${changed.email} is now ${changed.role}.`);
      return;
    }
    // Your own role: the sidebar's links follow it, and this page (open to every member) stays the place to be.
    const lostAdmin = member.role === 'ADMIN' && changed.role !== 'ADMIN';
    setNotice(`You are now ${changed.role} in this workspace${lostAdmin ? '; pages for ADMINs are no longer open to you' : ''}.`);
    window.dispatchEvent(new Event(WORKSPACES_CHANGED_EVENT));
    const home = `/workspaces/${encodeURIComponent(workspaceId)}`;
    if (pathname.replace(/\/$/, '') !== home) navigate(home, { replace: true });
  };

  const remove = async (member: Member) => {
    const self = member.userId === me.id;
    const question = self
      ? `Remove yourself from ${workspace.name}? You lose access to its projects and pages.`
      : `Remove ${member.email} from ${workspace.name}?`;
    if (!window.confirm(question)) return;
    setNotice(undefined);
    const result = await action.run(() =>
      gql(REMOVE_MEMBER, { input: { workspaceId, userId: member.userId } }),
    );
    if (result === undefined) return;
    if (self) {
      // The workspace's pages would all fail now: say so here, with the way out, instead of a page that fails.
      window.dispatchEvent(new Event(WORKSPACES_CHANGED_EVENT));
      setNotice(`You are no longer a member of ${workspace.name}; its pages are no longer open to you.`);
      setLeft(true);
      return;
    }
    updateWorkspace((w) => ({
      ...w,
      members: { edges: w.members.edges.filter((e) => e.node.userId !== member.userId) },
    }));
    setNotice(`${member.email} is no longer a member.`);
  };

  return (
    <main>
      <p className="crumbs">
        <Link to="/">Workspaces</Link>
      </p>
      <h1>{workspace.name}</h1>
      <ErrorBox error={withoutIds(action.error, members)} />
      {notice && <p role="status" className="notice">{notice}</p>}

      {isAdmin && <MemberInvitations workspaceId={workspaceId} />}

      <h2>Members</h2>
      <TableScroll label="Members">
        <table data-testid="members-table">
          <thead>
            <tr>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Joined</th>
              {isAdmin && <th scope="col"><span className="visually-hidden">Actions</span></th>}
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.userId} data-testid="member-row">
                <td>{m.email}</td>
                <td>
                  {isAdmin ? (
                    <select
                      aria-label={`Access level of ${m.email}`}
                      value={m.role}
                      disabled={action.busy}
                      onChange={(e) => changeRole(m, e.target.value as WorkspaceRole)}
                    >
                      {ROLES.map((r) => (
                        <option key={r} value={r}>{r}</option>
                      ))}
                    </select>
                  ) : (
                    m.role
                  )}
                </td>
                <td><Time value={m.joinedAt} /></td>
                {isAdmin && (
                  <td>
                    <button type="button" className="danger" disabled={action.busy} onClick={() => remove(m)}>
                      Remove
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>

      <YourAccount workspaceId={workspaceId} isAdmin={isAdmin} />
    </main>
  );
}
