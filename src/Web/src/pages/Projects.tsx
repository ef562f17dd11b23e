import { useCallback, useState, type FormEvent } from 'react';
import { ErrorBox } from '../ErrorBox';
import { graphql } from '../gql';
import type { ProjectQuery } from '../gql/graphql';
import { gql } from '../graphql';
import { useAction, useQuery } from '../hooks';
import { Link, useNavigate } from 'react-router';
import { InviteGuestForm } from './InviteGuest';
import { BlockRun, latestRunsWithRows, RecentRuns, SqlWorkbench, type RunSummary } from './RunSql';

export const LEVELS = ['NONE', 'APP_USER', 'VIEW', 'EXECUTE', 'EDIT', 'FULL_ACCESS'] as const;
export type Level = (typeof LEVELS)[number];
const rank = (level: Level) => LEVELS.indexOf(level);

const PROJECTS = graphql(`query Projects($id: ID!) { workspace(id: $id) { id name myRole projects(first: 100) { edges { node { id name myAccess defaultAccess } } } } }`);
export const CREATE_PROJECT = graphql(`mutation CreateProject($input: CreateProjectInput!) { createProject(input: $input) { project { id name myAccess defaultAccess } } }`);

/** The projects of a workspace the viewer can reach; EDITORs and ADMINs create new ones. */
export function ProjectsPage({ workspaceId }: { workspaceId: string }) {
  const { data, error, setData } = useQuery(PROJECTS, { id: workspaceId });
  const action = useAction();
  const [name, setName] = useState('');
  const [level, setLevel] = useState<Level>('VIEW');
  if (error) return <main><ErrorBox error={error} /></main>;
  if (!data) return <main><p>Loading…</p></main>;
  const workspace = data.workspace;
  if (!workspace) return <main><ErrorBox error="Workspace not found." /></main>;
  const canCreate = workspace.myRole === 'ADMIN' || workspace.myRole === 'EDITOR';

  const create = async (event: FormEvent) => {
    event.preventDefault();
    const result = await action.run(() => gql(CREATE_PROJECT, {
      input: { workspaceId, name, defaultAccess: level },
    }));
    if (!result) return;
    setData((d) => (d.workspace ? { workspace: { ...d.workspace, projects: { ...d.workspace.projects, edges: [...d.workspace.projects.edges, { node: result.createProject.project }] } } } : d));
    setName('');
  };

  return (
    <main>
      <p className="crumbs"><Link to="/">Workspaces</Link> / <Link to={`/workspaces/${encodeURIComponent(workspaceId)}`}>{workspace.name}</Link></p>
      <h1>Projects</h1>
      <ErrorBox error={action.error} />
      {canCreate && (
        <form onSubmit={create} className="inline">
          <label className="field"><span>Project name</span><input required value={name} onChange={(e) => setName(e.target.value)} /></label>
          <label className="field">
            <span>Members' default access</span>
            <select aria-label="Members' default access" value={level} onChange={(e) => setLevel(e.target.value as Level)}>
              {LEVELS.map((l) => <option key={l} value={l}>{l === 'NONE' ? 'NONE (private)' : l}</option>)}
            </select>
          </label>
          <button type="submit" disabled={action.busy}>Create project</button>
        </form>
      )}
      <ul data-testid="projects-list">
        {workspace.projects.edges.map(({ node: p }) => (
          <li key={p.id}><Link to={`/projects/${encodeURIComponent(p.id)}`}>{p.name}</Link> <small>your access: {p.myAccess}</small></li>
        ))}
      </ul>
      {workspace.projects.edges.length === 0 && <p>No project you can reach yet.</p>}
    </main>
  );
}

type Project = NonNullable<ProjectQuery['project']>;

const PROJECT = graphql(`query Project($id: ID!) { project(id: $id) {
  id workspaceId name myAccess defaultAccess useCache
  blocks { id connectionId sql position } shares { userId email access } connections { id name engine }
} }`);
const MEMBERS = graphql(`query Members($id: ID!) { workspace(id: $id) { members(first: 100) { edges { node { userId email } } } connections(first: 100) { edges { node { id name myAccess } } } } }`);
export const SHARE = graphql(`mutation Share($input: ShareProjectInput!) { shareProject(input: $input) { project { id } } }`);
const ATTACH = graphql(`mutation Attach($input: AttachConnectionInput!) { attachConnection(input: $input) { project { id } } }`);
const DETACH = graphql(`mutation Detach($input: DetachConnectionInput!) { detachConnection(input: $input) { project { id } } }`);
export const RENAME_PROJECT = graphql(`mutation RenameProject($input: RenameProjectInput!) { renameProject(input: $input) { project { id name } } }`);
export const DELETE_PROJECT = graphql(`mutation DeleteProject($input: DeleteProjectInput!) { deleteProject(input: $input) { deletedProjectId } }`);
const ADD_BLOCK = graphql(`mutation AddBlock($input: AddSqlBlockInput!) { addSqlBlock(input: $input) { block { id connectionId sql position } } }`);
const REMOVE_BLOCK = graphql(`mutation RemoveBlock($input: RemoveSqlBlockInput!) { removeSqlBlock(input: $input) { removedBlockId } }`);
export const SET_CACHE_USE = graphql(`mutation SetProjectCacheUse($input: SetProjectCacheUseInput!) { setProjectCacheUse(input: $input) { project { id useCache } } }`);

/** A project: its SQL blocks (run at EXECUTE), ad-hoc SQL (EDIT), attached connections and sharing (FULL_ACCESS shares). */
export function ProjectPage({ projectId }: { projectId: string }) {
  const [tick, setTick] = useState(0);
  const [runs, setRuns] = useState(0);
  // `tick` is no variable of the document: a new one makes a new query key, so the project is asked for again.
  const variables = { id: projectId, tick };
  const { data, error, setData } = useQuery(PROJECT, variables);
  const action = useAction();
  const detaching = useAction();
  const reload = () => setTick((t) => t + 1);
  const ranOne = () => setRuns((r) => r + 1);
  // Each block's latest run by the signed-in user whose rows are still held, as the page found them on load.
  const [latestRuns, setLatestRuns] = useState<Record<string, string>>();
  const reopenLatest = useCallback((all: RunSummary[], meId: string | undefined) =>
    setLatestRuns((known) => known ?? latestRunsWithRows(all, meId)), []);
  if (error) return <main><ErrorBox error={error} /></main>;
  if (!data) return <main><p>Loading…</p></main>;
  const project = data.project;
  if (!project) return <main><ErrorBox error="Project not found." /></main>;
  const canView = rank(project.myAccess) >= rank('VIEW');
  const canExecute = rank(project.myAccess) >= rank('EXECUTE');
  const canEdit = rank(project.myAccess) >= rank('EDIT');
  const canShare = project.myAccess === 'FULL_ACCESS';
  const detach = async (connection: { id: string; name: string }) => {
    const done = await detaching.run(() => gql(DETACH, { input: { projectId: project.id, connectionId: connection.id } }));
    if (done !== undefined) reload();
  };
  const setUseCache = async (useCache: boolean) => {
    if (await action.run(() => gql(SET_CACHE_USE, { input: { projectId: project.id, useCache } })) === undefined) return;
    setData((d) => (d.project ? { project: { ...d.project, useCache } } : d));
  };

  return (
    <main>
      <p className="crumbs"><Link to="/">Workspaces</Link> / <Link to={`/workspaces/${encodeURIComponent(project.workspaceId)}/projects`}>Projects</Link></p>
      <h1>{project.name}</h1>
      <p>Your access: <strong data-testid="my-access">{project.myAccess}</strong>; members' default: {project.defaultAccess}</p>
      {(canEdit || canShare) && (
        <ProjectSettings project={project} canRename={canEdit} canDelete={canShare}
          onRenamed={(name) => setData((d) => (d.project ? { project: { ...d.project, name } } : d))} />
      )}
      <ErrorBox error={action.error} />
      <h2>SQL blocks</h2>
      <ol data-testid="blocks">
        {project.blocks.map((b, i) => (
          <li key={b.id} data-testid="block">
            <pre>{b.sql}</pre>
            <small>on {project.connections.find((c) => c.id === b.connectionId)?.name ?? b.connectionId}</small>{' '}
            {canExecute && <BlockRun projectId={project.id} blockId={b.id} number={i + 1} latestRunId={latestRuns?.[b.id]} onFinished={ranOne} />}
            {canEdit && <button type="button" onClick={async () => { if (await action.run(() => gql(REMOVE_BLOCK, { input: { projectId: project.id, blockId: b.id } })) !== undefined) reload(); }}>Remove block</button>}
          </li>
        ))}
      </ol>
      <h2>Connections</h2>
      <ErrorBox error={detaching.error} />
      <ul data-testid="project-connections">
        {project.connections.map((c) => (
          <li key={c.id}>
            {c.name} <small>{c.engine}</small>
            {canEdit && <>{' '}<button type="button" aria-label={`Detach ${c.name}`} onClick={() => detach(c)} disabled={detaching.busy}>Detach</button></>}
          </li>
        ))}
      </ul>
      {project.connections.length === 0 && <p>No connection is attached yet.</p>}
      {canShare && (
        <p>
          <label><input type="checkbox" checked={project.useCache} onChange={(e) => setUseCache(e.target.checked)} disabled={action.busy} /> Use cache</label>{' '}
          <small data-testid="cache-use-hint">
            {project.useCache
              ? "On: this project's runs read and fill the result caches of connections where an ADMIN switched caching on."
              : "Off: this project's runs never read or fill the connections' result caches."}
          </small>
        </p>
      )}
      {(canEdit || canShare) && <ProjectEditor project={project} canEdit={canEdit} canShare={canShare} run={action.run} onChanged={reload} onRan={ranOne} />}
      {canView && (
        <RecentRuns projectId={project.id} version={runs} onLoaded={reopenLatest}
          block={(id) => { const i = project.blocks.findIndex((b) => b.id === id); return i < 0 ? undefined : { number: i + 1, sql: project.blocks[i].sql }; }}
          who={(id) => project.shares.find((s) => s.userId === id)?.email ?? 'another member'} />
      )}
      {canShare && <ExplainAccess project={project} />}
    </main>
  );
}

type Run = <T>(action: () => Promise<T>) => Promise<T | undefined>;

/** Renaming (EDIT and above) and deleting (FULL_ACCESS, after a confirmation) the project. */
function ProjectSettings({ project, canRename, canDelete, onRenamed }: {
  project: Project; canRename: boolean; canDelete: boolean; onRenamed: (name: string) => void;
}) {
  const action = useAction();
  const navigate = useNavigate();
  const [name, setName] = useState(project.name);
  const [renamed, setRenamed] = useState<string>();
  const rename = async (event: FormEvent) => {
    event.preventDefault();
    setRenamed(undefined);
    const result = await action.run(() => gql(RENAME_PROJECT, {
      input: { projectId: project.id, name: name.trim() },
    }));
    if (!result) return;
    onRenamed(result.renameProject.project.name);
    setName(result.renameProject.project.name);
    setRenamed(result.renameProject.project.name);
  };
  const remove = async () => {
    if (!window.confirm(`Delete the project ${project.name}? Its SQL blocks, shares and run history go with it. This cannot be undone.`)) return;
    const result = await action.run(() => gql(DELETE_PROJECT, { input: { projectId: project.id } }));
    if (result !== undefined) navigate(`/workspaces/${encodeURIComponent(project.workspaceId)}/projects`);
  };
  return (
    <details data-testid="project-settings">
      <summary>Project settings</summary>
      {canRename && (
        <form onSubmit={rename} className="inline">
          <label className="field"><span>Project name</span><input required value={name} onChange={(e) => { setName(e.target.value); setRenamed(undefined); }} /></label>
          <button type="submit" disabled={action.busy || name.trim() === '' || name.trim() === project.name}>Rename project</button>
        </form>
      )}
      {renamed && <p role="status" className="ok">Renamed to {renamed}.</p>}
      {canDelete && <p><button type="button" className="danger" onClick={remove} disabled={action.busy}>Delete project</button></p>}
      <ErrorBox error={action.error} />
    </details>
  );
}

function ProjectEditor({ project, canEdit, canShare, run, onChanged, onRan }: {
  project: Project; canEdit: boolean; canShare: boolean; run: Run; onChanged: () => void; onRan: () => void;
}) {
  const { data } = useQuery(MEMBERS, { id: project.workspaceId });
  const [member, setMember] = useState('');
  const [level, setLevel] = useState<Level>('VIEW');
  const [connection, setConnection] = useState('');
  const members = data?.workspace?.members.edges.map((e) => e.node) ?? [];
  const usable = data?.workspace?.connections.edges.map((e) => e.node).filter((c) => c.myAccess) ?? [];

  const share = async () => { if (await run(() => gql(SHARE, { input: { projectId: project.id, userId: member, access: level } })) !== undefined) onChanged(); };
  const attach = async () => { if (await run(() => gql(ATTACH, { input: { projectId: project.id, connectionId: connection } })) !== undefined) onChanged(); };
  const addBlock = async (connectionId: string, sql: string) => {
    if (await run(() => gql(ADD_BLOCK, { input: { projectId: project.id, connectionId, sql } })) === undefined) return false;
    onChanged();
    return true;
  };

  return (
    <>
      {canEdit && (
        <section>
          <div className="inline">
            <select aria-label="Connection to attach" value={connection} onChange={(e) => setConnection(e.target.value)}>
              <option value="">Choose a connection granted to you…</option>
              {usable.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
            </select>
            <button type="button" onClick={attach} disabled={!connection}>Attach connection</button>
          </div>
          {project.connections.length > 0 && (
            <SqlWorkbench projectId={project.id} connections={project.connections} onAddBlock={addBlock} onFinished={onRan} />
          )}
        </section>
      )}
      {canShare && (
        <section data-testid="sharing">
          <h2>Sharing</h2>
          <ul>{project.shares.map((s) => <li key={s.userId} data-testid="share-row">{s.email}: {s.access}</li>)}</ul>
          <div className="inline">
            <select aria-label="Member to share with" value={member} onChange={(e) => setMember(e.target.value)}>
              <option value="">Choose a member…</option>
              {members.map((m) => <option key={m.userId} value={m.userId}>{m.email}</option>)}
            </select>
            <select aria-label="Access level" value={level} onChange={(e) => setLevel(e.target.value as Level)}>
              {LEVELS.map((l) => <option key={l} value={l}>{l}</option>)}
            </select>
            <button type="button" onClick={share} disabled={!member}>Share</button>
          </div>
          <InviteGuestForm projectId={project.id} />
        </section>
      )}
    </>
  );
}

export const EXPLAIN = graphql(`query Explain($u: ID!, $r: ID!, $a: String!) { explainAccess(userId: $u, resourceId: $r, action: $a) { allowed layer reason role projectAccess } }`);
const ACTIONS = ['VIEW_PROJECT', 'RUN_BLOCK', 'EDIT_SQL', 'SHARE_PROJECT'] as const;

/** For admins: "why can't Ana run this block?", answered by the policy itself. */
function ExplainAccess({ project }: { project: Project }) {
  const { data } = useQuery(MEMBERS, { id: project.workspaceId });
  const action = useAction();
  const [member, setMember] = useState('');
  const [what, setWhat] = useState<(typeof ACTIONS)[number]>('RUN_BLOCK');
  const [answer, setAnswer] = useState<{ allowed: boolean; layer: string; reason: string }>();
  const members = data?.workspace?.members.edges.map((e) => e.node) ?? [];
  const explain = async () => {
    setAnswer(undefined);
    const result = await action.run(() => gql(EXPLAIN, { u: member, r: project.id, a: what }));
    if (result) setAnswer(result.explainAccess);
  };
  return (
    <section>
      <h2>Why can't …?</h2>
      <ErrorBox error={action.error} />
      <div className="inline">
        <select aria-label="Member to explain" value={member} onChange={(e) => setMember(e.target.value)}>
          <option value="">Choose a member…</option>
          {members.map((m) => <option key={m.userId} value={m.userId}>{m.email}</option>)}
        </select>
        <select aria-label="Action to explain" value={what} onChange={(e) => setWhat(e.target.value as (typeof ACTIONS)[number])}>
          {ACTIONS.map((a) => <option key={a} value={a}>{a}</option>)}
        </select>
        <button type="button" onClick={explain} disabled={!member || action.busy}>Explain</button>
      </div>
      {answer && <p data-testid="explanation" className={answer.allowed ? 'ok' : 'bad'}>{answer.layer}: {answer.reason}</p>}
    </section>
  );
}
