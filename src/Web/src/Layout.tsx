import { Fragment, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { Link, NavLink, useLocation, useMatch } from 'react-router';
import { ErrorBox } from './ErrorBox';
import { graphql } from './gql';
import type { WorkspaceNavQuery } from './gql/graphql';
import { gql, WORKSPACES_CHANGED_EVENT } from './graphql';
import { useAction, useQuery } from './hooks';
import type { User } from './types';

const SIGN_OUT = graphql(`mutation SignOut { signOut }`);
const SIGN_OUT_EVERYWHERE = graphql(`mutation SignOutEverywhere { signOutEverywhere { endedSessions } }`);
/** The workspace list of the Workspaces page (`me { workspaces }`), without what the sidebar does not show. */
export const NAV_WORKSPACES = graphql(`query WorkspaceNav { me { id workspaces(first: 100) { edges { node { id name myRole } } } } }`);
/** A project page's workspace, for the sidebar's workspace links. */
export const PROJECT_WORKSPACE = graphql(`query ProjectWorkspace($id: ID!) { project(id: $id) { id workspaceId } }`);

/** Below this width the sidebar folds away behind a "Menu" button; the same breakpoint as in styles.css. */
export const NARROW_QUERY = '(max-width: 48rem)';

type NavWorkspace = NonNullable<WorkspaceNavQuery['me']>['workspaces']['edges'][number]['node'];

function subscribeNarrow(onChange: () => void) {
  const query = window.matchMedia?.(NARROW_QUERY);
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

/** Whether the viewport is narrow (false where matchMedia is missing, as in jsdom unless a test stubs it). */
function useNarrow() {
  return useSyncExternalStore(subscribeNarrow, () => window.matchMedia?.(NARROW_QUERY).matches ?? false);
}

/** The page frame: a top bar (the brand, and when signed in the account menu), the sidebar when signed in, the page. */
export function Shell({ me, onSignedOut, children }: { me?: User; onSignedOut?: () => void; children: ReactNode }) {
  const signOut = useAction();
  const narrow = useNarrow();
  const { pathname } = useLocation();
  // The menu is open for the page it was opened on: following one of its links closes it.
  const [openOn, setOpenOn] = useState<string>();
  const menuOpen = openOn === pathname;

  const onSignOutEverywhere = async () => {
    if (!window.confirm('Sign out of every browser and device?')) return;
    if ((await signOut.run(() => gql(SIGN_OUT_EVERYWHERE))) !== undefined) onSignedOut?.();
  };
  const onSignOut = async () => {
    if ((await signOut.run(() => gql(SIGN_OUT))) !== undefined) onSignedOut?.();
  };

  return (
    <>
      <header className="topbar">
        {me && narrow && (
          <button type="button" className="menu-button" aria-expanded={menuOpen} aria-controls="sidebar"
            onClick={() => setOpenOn(menuOpen ? undefined : pathname)}>
            Menu
          </button>
        )}
        {me ? <Link to="/" className="brand">Deepnote Secure Workspace</Link> : <span className="brand">Deepnote Secure Workspace</span>}
        {me && (
          <nav aria-label="Account" className="account">
            <a href="/graphql/ui">GraphQL IDE</a>
            <Link to="/sessions" className="email">{me.email}</Link>
            <button type="button" onClick={onSignOutEverywhere} disabled={signOut.busy}>Sign out everywhere</button>
            <button type="button" onClick={onSignOut} disabled={signOut.busy}>Sign out</button>
          </nav>
        )}
        {signOut.error !== undefined && <div className="topbar-error"><ErrorBox error={signOut.error} /></div>}
      </header>
      {me ? (
        <div className="layout">
          <Sidebar hidden={narrow && !menuOpen} />
          <div className="content">{children}</div>
        </div>
      ) : (
        children
      )}
    </>
  );
}

/** The signed-in navigation: the account's pages, the workspaces, and the sections of the current workspace. */
export function Sidebar({ hidden = false }: { hidden?: boolean }) {
  const { data, reload } = useQuery(NAV_WORKSPACES, {});
  const workspaces = data?.me?.workspaces.edges.map((e) => e.node) ?? [];
  const inWorkspace = useMatch('/workspaces/:id/*')?.params.id;
  const inProject = useMatch('/projects/:id')?.params.id;

  useEffect(() => {
    window.addEventListener(WORKSPACES_CHANGED_EVENT, reload);
    return () => window.removeEventListener(WORKSPACES_CHANGED_EVENT, reload);
  }, [reload]);
  // A workspace the list does not know yet (just created or joined elsewhere): ask again, once per workspace.
  const [askedFor, setAskedFor] = useState<string>();
  const unknown = data?.me && inWorkspace !== undefined && !workspaces.some((w) => w.id === inWorkspace);
  useEffect(() => {
    if (unknown && askedFor !== inWorkspace) {
      setAskedFor(inWorkspace);
      reload();
    }
  }, [unknown, askedFor, inWorkspace, reload]);

  const current = (id: string | undefined) => workspaces.find((w) => w.id === id);

  return (
    <nav aria-label="Workspace" id="sidebar" className="sidebar" hidden={hidden}>
      <ul className="nav-list">
        <li><NavLink to="/" end>Your workspaces</NavLink></li>
        <li><NavLink to="/invitations">Invitations</NavLink></li>
        <li><NavLink to="/sessions">Sessions</NavLink></li>
      </ul>
      {workspaces.length > 0 && (
        <>
          <p className="nav-heading" id="sidebar-workspaces">Workspaces</p>
          <ul className="nav-list" aria-labelledby="sidebar-workspaces" data-testid="sidebar-workspaces">
            {workspaces.map((w) => (
              // The current workspace is "the current one of the set" (aria-current="true"); "page" is the section below.
              <li key={w.id}>
                <Link to={workspacePath(w.id)} aria-current={w.id === inWorkspace ? 'true' : undefined}>{w.name}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {inWorkspace !== undefined && current(inWorkspace) && <WorkspaceLinks workspace={current(inWorkspace)!} />}
      {inProject !== undefined && (
        <Fragment key={inProject}>
          <ProjectWorkspaceLinks projectId={inProject} workspaces={workspaces} />
        </Fragment>
      )}
    </nav>
  );
}

/** Under /projects/:id the workspace comes from the project; a guest of the project (not a member) gets no links. */
function ProjectWorkspaceLinks({ projectId, workspaces }: { projectId: string; workspaces: NavWorkspace[] }) {
  const { data } = useQuery(PROJECT_WORKSPACE, { id: projectId });
  const workspace = workspaces.find((w) => w.id === data?.project?.workspaceId);
  return workspace ? <WorkspaceLinks workspace={workspace} /> : null;
}

const workspacePath = (id: string, section = '') => `/workspaces/${encodeURIComponent(id)}${section && `/${section}`}`;

/** The current workspace's sections, as the member's role allows them (the server enforces the same). */
function WorkspaceLinks({ workspace }: { workspace: NavWorkspace }) {
  const role = workspace.myRole;
  const isAdmin = role === 'ADMIN';
  const to = (section: string) => workspacePath(workspace.id, section);
  return (
    <>
      <p className="nav-heading" id="sidebar-current">{workspace.name}</p>
      <ul className="nav-list" aria-labelledby="sidebar-current" data-testid="sidebar-sections">
        <li><NavLink to={to('projects')}>Projects</NavLink></li>
        <li><NavLink to={to('connections')}>Connections</NavLink></li>
        {(isAdmin || role === 'EDITOR') && <li><NavLink to={to('files')}>Files</NavLink></li>}
        <li><NavLink to={to('')} end>Members</NavLink></li>
        {(isAdmin || role === 'AUDITOR') && <li><NavLink to={to('audit')}>Audit log</NavLink></li>}
        <li>
          <span className="nav-group" id="sidebar-settings">Settings</span>
          <ul className="nav-list nested" aria-labelledby="sidebar-settings">
            {isAdmin && <li><NavLink to={to('sso')}>Single sign-on</NavLink></li>}
            {isAdmin && <li><NavLink to={to('domains')}>Domains</NavLink></li>}
            {isAdmin && <li><NavLink to={to('key')}>Encryption key</NavLink></li>}
            <li><NavLink to={to('tokens')}>API tokens</NavLink></li>
          </ul>
        </li>
      </ul>
    </>
  );
}
