import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from './App';
import { mockServer, renderWithQueries as render, type Operation } from './test-utils';

const user = { id: 'u1', email: 'ada@example.com' };

interface Ws { id: string; name: string; myRole: string }

/** A signed-in user's server: the sidebar's list, and just enough of the members, connections and project pages. */
function server(workspaces: Ws[], extra: (op: Operation) => unknown = () => undefined) {
  const list = [...workspaces];
  const byId = (id: unknown) => list.find((w) => w.id === id);
  const mock = mockServer((op) => {
    const answer = extra(op);
    if (answer) return answer;
    const id = op.variables?.id;
    if (op.query.includes('createWorkspace(')) {
      const created = { id: 'w9', name: (op.variables!.input as { name: string }).name, myRole: 'ADMIN' };
      list.push(created);
      return { data: { createWorkspace: { workspace: created } } };
    }
    if (op.query.includes('workspaces(')) {
      return { data: { me: { ...user, workspaces: { edges: list.map((node) => ({ node })) }, guestProjects: { edges: [] } } } };
    }
    if (op.query.includes('MyInvitations')) return { data: { me: { id: user.id, invitations: [] } } };
    if (op.query.includes('query Me ')) return { data: { me: user } };
    if (op.query.includes('query ProjectWorkspace')) return { data: { project: { id, workspaceId: 'w1' } } };
    if (op.query.includes('query WorkspaceConnections')) {
      const w = byId(id);
      return { data: { workspace: w && { ...w, connections: { edges: [] }, members: { edges: [] } } } };
    }
    if (op.query.includes('query Workspace(')) {
      const w = byId(id);
      const members = { edges: [{ node: { userId: 'u1', email: user.email, role: w?.myRole, joinedAt: '2026-01-01T00:00:00Z' } }] };
      return { data: { workspace: w && { ...w, members } } };
    }
    throw new Error(`unexpected operation ${op.query}`);
  });
  return mock;
}

const sidebar = () => screen.getByRole('navigation', { name: 'Workspace' });
const sections = () => within(screen.getByTestId('sidebar-sections'));
const href = (name: string) => sections().getByRole('link', { name }).getAttribute('href');

describe('Routing', () => {
  it('shows "Page not found" for an unknown path, with the way home', async () => {
    window.history.replaceState(null, '', '/no/such/page');
    server([{ id: 'w1', name: 'Research', myRole: 'ADMIN' }]);
    render(<App />);

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Back to your workspaces' }).getAttribute('href')).toBe('/');
  });

  it('shows "Page not found" for an unknown section of a workspace', async () => {
    window.history.replaceState(null, '', '/workspaces/w1/nonsense');
    server([{ id: 'w1', name: 'Research', myRole: 'ADMIN' }]);
    render(<App />);

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
  });

  it('renders the connections page at /workspaces/:id/connections, with the id decoded', async () => {
    const id = 'V29ya3NwYWNlOjE='; // ids are base64: "=" is encoded in the URL
    window.history.replaceState(null, '', `/workspaces/${encodeURIComponent(id)}/connections`);
    const { calls } = server([{ id, name: 'Research', myRole: 'VIEWER' }]);
    render(<App />);

    expect(await screen.findByRole('heading', { level: 1, name: 'Connections' })).toBeTruthy();
    expect(calls('query WorkspaceConnections')[0].variables).toEqual({ id });
    expect(await screen.findByTestId('connections-table')).toBeTruthy();
    expect(screen.getAllByRole('main')).toHaveLength(1);
  });

  it('remounts a workspace page for another workspace, asking for that one', async () => {
    window.history.replaceState(null, '', '/workspaces/w1/connections');
    const { calls } = server([{ id: 'w1', name: 'Research', myRole: 'VIEWER' }, { id: 'w2', name: 'Sales', myRole: 'VIEWER' }]);
    render(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Connections' })).toBeTruthy();

    await userEvent.click(within(await screen.findByTestId('sidebar-workspaces')).getByRole('link', { name: 'Sales' }));
    expect(window.location.pathname).toBe('/workspaces/w2');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sales' })).toBeTruthy();

    await userEvent.click(sections().getByRole('link', { name: 'Connections' }));
    expect(window.location.pathname).toBe('/workspaces/w2/connections');
    expect(await screen.findByRole('heading', { level: 1, name: 'Connections' })).toBeTruthy();
    expect(calls('query WorkspaceConnections').map((c) => c.variables)).toEqual([{ id: 'w1' }, { id: 'w2' }]);
  });

  it('lands in a newly created workspace, which the sidebar then lists', async () => {
    window.history.replaceState(null, '', '/');
    const { calls } = server([{ id: 'w1', name: 'Research', myRole: 'ADMIN' }], (op) =>
      op.query.includes('invitations {') && op.query.includes('workspace(') ? { data: { workspace: { invitations: [] } } } : undefined);
    render(<App />);

    await userEvent.type(await screen.findByLabelText('Workspace name'), 'Lab');
    await userEvent.click(screen.getByRole('button', { name: 'Create workspace' }));

    expect(window.location.pathname).toBe('/workspaces/w9');
    expect(await screen.findByRole('heading', { level: 1, name: 'Lab' })).toBeTruthy();
    const link = await within(screen.getByTestId('sidebar-workspaces')).findByRole('link', { name: 'Lab' });
    expect(link.getAttribute('aria-current')).toBe('true');
    expect(calls('query WorkspaceNav')).toHaveLength(2);
  });
});

describe('Sidebar', () => {
  it("links an admin to every section of the current workspace and marks the current page", async () => {
    window.history.replaceState(null, '', '/workspaces/w1/connections');
    server([{ id: 'w1', name: 'Research', myRole: 'ADMIN' }, { id: 'w2', name: 'Sales', myRole: 'VIEWER' }], (op) =>
      op.query.includes('QuerySettings') ? { data: { workspace: null } } : undefined);
    render(<App />);

    await screen.findByTestId('sidebar-sections');
    expect(href('Projects')).toBe('/workspaces/w1/projects');
    expect(href('Connections')).toBe('/workspaces/w1/connections');
    expect(href('Files')).toBe('/workspaces/w1/files');
    expect(href('Members')).toBe('/workspaces/w1');
    expect(href('Audit log')).toBe('/workspaces/w1/audit');
    expect(href('Single sign-on')).toBe('/workspaces/w1/sso');
    expect(href('Domains')).toBe('/workspaces/w1/domains');
    expect(href('Encryption key')).toBe('/workspaces/w1/key');
    expect(href('API tokens')).toBe('/workspaces/w1/tokens');
    expect(within(sidebar()).getByRole('link', { name: 'Your workspaces' }).getAttribute('href')).toBe('/');
    expect(within(sidebar()).getByRole('link', { name: 'Invitations' }).getAttribute('href')).toBe('/invitations');
    expect(within(sidebar()).getByRole('link', { name: 'Sessions' }).getAttribute('href')).toBe('/sessions');

    const current = sidebar().querySelectorAll('[aria-current="page"]');
    expect([...current].map((a) => a.textContent)).toEqual(['Connections']);
    const workspaces = within(screen.getByTestId('sidebar-workspaces'));
    expect(workspaces.getByRole('link', { name: 'Research' }).getAttribute('aria-current')).toBe('true');
    expect(workspaces.getByRole('link', { name: 'Sales' }).getAttribute('aria-current')).toBeNull();

    await userEvent.click(sections().getByRole('link', { name: 'Members' }));
    expect(window.location.pathname).toBe('/workspaces/w1');
    expect([...sidebar().querySelectorAll('[aria-current="page"]')].map((a) => a.textContent)).toEqual(['Members']);
  });

  it('gives a viewer no audit, key, domain, single sign-on or files links', async () => {
    window.history.replaceState(null, '', '/workspaces/w1');
    server([{ id: 'w1', name: 'Research', myRole: 'VIEWER' }]);
    render(<App />);

    expect(await screen.findByTestId('members-table')).toBeTruthy();
    await screen.findByTestId('sidebar-sections');
    for (const name of ['Audit log', 'Encryption key', 'Domains', 'Single sign-on', 'Files']) {
      expect(sections().queryByRole('link', { name })).toBeNull();
    }
    expect(href('Connections')).toBe('/workspaces/w1/connections');
    expect(href('API tokens')).toBe('/workspaces/w1/tokens');
    expect(sections().getByRole('link', { name: 'Members' }).getAttribute('aria-current')).toBe('page');
  });

  it('shows no workspace sections outside a workspace, and marks the account page', async () => {
    window.history.replaceState(null, '', '/');
    server([{ id: 'w1', name: 'Research', myRole: 'ADMIN' }]);
    render(<App />);

    expect(await within(await screen.findByRole('navigation', { name: 'Workspace' })).findByRole('link', { name: 'Research' })).toBeTruthy();
    expect(screen.queryByTestId('sidebar-sections')).toBeNull();
    expect(within(sidebar()).getByRole('link', { name: 'Your workspaces' }).getAttribute('aria-current')).toBe('page');
  });

  it("shows a project's workspace sections, from the project's workspace id", async () => {
    window.history.replaceState(null, '', '/projects/p1');
    const { calls } = server([{ id: 'w1', name: 'Research', myRole: 'EDITOR' }], (op) =>
      op.query.includes('query Project(') ? { data: { project: null } } : undefined);
    render(<App />);

    expect(await screen.findByTestId('sidebar-sections')).toBeTruthy();
    expect(href('Projects')).toBe('/workspaces/w1/projects');
    expect(calls('query ProjectWorkspace')[0].variables).toEqual({ id: 'p1' });
  });

  it('has one banner, one main and the two navigations as landmarks', async () => {
    window.history.replaceState(null, '', '/');
    server([{ id: 'w1', name: 'Research', myRole: 'ADMIN' }]);
    render(<App />);

    await within(await screen.findByRole('navigation', { name: 'Workspace' })).findByRole('link', { name: 'Research' });
    expect(screen.getAllByRole('banner')).toHaveLength(1);
    expect(screen.getAllByRole('main')).toHaveLength(1);
    expect(screen.getAllByRole('navigation').map((n) => n.getAttribute('aria-label'))).toEqual(['Account', 'Workspace']);
    expect(screen.queryByRole('button', { name: 'Menu' })).toBeNull(); // wide: the sidebar is always there
  });

  it('folds behind a "Menu" button at narrow widths, which closes again on following a link', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query === '(max-width: 48rem)', media: query, addEventListener: () => {}, removeEventListener: () => {},
    }));
    window.history.replaceState(null, '', '/workspaces/w1');
    server([{ id: 'w1', name: 'Research', myRole: 'VIEWER' }]);
    render(<App />);

    const menu = await screen.findByRole('button', { name: 'Menu' });
    expect(menu.getAttribute('aria-expanded')).toBe('false');
    expect(menu.getAttribute('aria-controls')).toBe('sidebar');
    expect(screen.queryByRole('navigation', { name: 'Workspace' })).toBeNull(); // hidden

    await userEvent.click(menu);
    expect(menu.getAttribute('aria-expanded')).toBe('true');
    await userEvent.click(await sections().findByRole('link', { name: 'Connections' }));

    expect(window.location.pathname).toBe('/workspaces/w1/connections');
    expect(menu.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('navigation', { name: 'Workspace' })).toBeNull();
  });
});
