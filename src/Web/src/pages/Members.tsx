import { ErrorBox } from '../ErrorBox';
import { gql, WORKSPACES_CHANGED_EVENT } from '../graphql';
import { useAction, useQuery } from '../hooks';
import { Link, useNavigate } from 'react-router';
import { Time } from '../Time';
import { ROLES, type Connection, type User, type WorkspaceRole } from '../types';
import { YourAccount } from './LinkSso';
import { MemberInvitations } from './MemberInvitations';
import { TableScroll } from '../TableScroll';

interface Member {
  userId: string;
  email: string;
  role: WorkspaceRole;
  joinedAt: string;
}

interface Workspace {
  id: string;
  name: string;
  myRole: WorkspaceRole | null;
  members: Connection<Member>;
}

const MEMBER_FIELDS = 'userId email role joinedAt';
const WORKSPACE = `query Workspace($id: ID!) {
  workspace(id: $id) { id name myRole members(first: 100) { edges { node { ${MEMBER_FIELDS} } } } }
}`;
const CHANGE_MEMBER_ROLE = `mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {
  changeMemberRole(input: $input) { member { ${MEMBER_FIELDS} } }
}`;
const REMOVE_MEMBER = `mutation RemoveMember($input: RemoveMemberInput!) { removeMember(input: $input) { removedUserId } }`;

export function MembersPage({ workspaceId, me }: { workspaceId: string; me: User }) {
  const { data, error, setData } = useQuery<{ workspace: Workspace | null }>(WORKSPACE, { id: workspaceId });
  const action = useAction();
  const navigate = useNavigate();

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
    const result = await action.run(() =>
      gql<{ changeMemberRole: { member: Member } }>(CHANGE_MEMBER_ROLE, {
        input: { workspaceId, userId: member.userId, role },
      }),
    );
    if (result) putMember(result.changeMemberRole.member);
  };

  const remove = async (member: Member) => {
    if (!window.confirm(`Remove ${member.email} from ${workspace.name}?`)) return;
    const result = await action.run(() =>
      gql<{ removeMember: { removedUserId: string } }>(REMOVE_MEMBER, { input: { workspaceId, userId: member.userId } }),
    );
    if (result === undefined) return;
    if (member.userId === me.id) {
      window.dispatchEvent(new Event(WORKSPACES_CHANGED_EVENT));
      return navigate('/');
    }
    updateWorkspace((w) => ({
      ...w,
      members: { edges: w.members.edges.filter((e) => e.node.userId !== member.userId) },
    }));
  };

  return (
    <main>
      <p className="crumbs">
        <Link to="/">Workspaces</Link>
      </p>
      <h1>{workspace.name}</h1>
      <ErrorBox error={action.error} />

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
