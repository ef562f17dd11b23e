import { useEffect, useState, type FormEvent } from 'react';
import { ErrorBox } from '../ErrorBox';
import { graphql } from '../gql';
import { gql, UNAUTHENTICATED_EVENT } from '../graphql';
import { useAction, useQuery } from '../hooks';
import { Link, useNavigate } from 'react-router';
import { ReceivedInvitations } from './Invitations';

const WORKSPACES = graphql(`query Workspaces { me { id email workspaces(first: 100) { edges { node { id name myRole } } } guestProjects(first: 100) { edges { node { id name myAccess } } } } }`);
const CREATE_WORKSPACE = graphql(`mutation CreateWorkspace($input: CreateWorkspaceInput!) {
  createWorkspace(input: $input) { workspace { id name myRole } }
}`);

export function WorkspacesPage() {
  const { data, error, setData, reload } = useQuery(WORKSPACES, {});
  const [name, setName] = useState('');
  const create = useAction();
  const navigate = useNavigate();

  // The session ended between loading the app and this page.
  useEffect(() => {
    if (data && !data.me) window.dispatchEvent(new Event(UNAUTHENTICATED_EVENT));
  }, [data]);

  const onCreate = async (event: FormEvent) => {
    event.preventDefault();
    const result = await create.run(() => gql(CREATE_WORKSPACE, { input: { name: name.trim() } }));
    if (!result) return;
    setName('');
    setData((d) =>
      d.me ? { me: { ...d.me, workspaces: { edges: [...d.me.workspaces.edges, { node: result.createWorkspace.workspace }] } } } : d,
    );
    // A new workspace is where its creator goes next: land in it.
    navigate(`/workspaces/${encodeURIComponent(result.createWorkspace.workspace.id)}`);
  };

  const workspaces = data?.me?.workspaces.edges.map((e) => e.node) ?? [];
  const guestProjects = data?.me?.guestProjects.edges.map((e) => e.node) ?? [];

  return (
    <main>
      <h1>Workspaces</h1>
      <ErrorBox error={error} />
      {!data && !error && <p>Loading…</p>}
      {data?.me &&
        (workspaces.length === 0 ? (
          <p>You are not a member of any workspace yet.</p>
        ) : (
          <ul className="workspaces" data-testid="workspaces-list">
            {workspaces.map((w) => (
              <li key={w.id}>
                <Link to={`/workspaces/${encodeURIComponent(w.id)}`}>{w.name}</Link>
                {w.myRole && <span className="badge">{w.myRole}</span>}
              </li>
            ))}
          </ul>
        ))}

      <ReceivedInvitations onAccepted={reload} />

      {guestProjects.length > 0 && (
        <>
          <h2>Projects shared with you</h2>
          <ul data-testid="guest-projects">
            {guestProjects.map((p) => (
              <li key={p.id}><Link to={`/projects/${encodeURIComponent(p.id)}`}>{p.name}</Link> <span className="badge">{p.myAccess}</span></li>
            ))}
          </ul>
        </>
      )}

      <h2>Create a workspace</h2>
      <ErrorBox error={create.error} />
      <form onSubmit={onCreate} className="inline">
        <label className="field">
          <span>Workspace name</span>
          <input required value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit" disabled={create.busy}>
          Create workspace
        </button>
      </form>
    </main>
  );
}
