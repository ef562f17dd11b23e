import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { gqlError, mockServer, render } from '../test-utils';
import { ProjectPage, ProjectsPage } from './Projects';

const project = {
  id: 'p1', workspaceId: 'w1', name: 'Churn', myAccess: 'FULL_ACCESS', defaultAccess: 'NONE', useCache: true,
  blocks: [], shares: [{ userId: 'u1', email: 'ada@example.com', access: 'FULL_ACCESS' }], connections: [],
  executions: { edges: [] },
};

describe('Projects', () => {
  it('creates a private project with the chosen default access', async () => {
    const { calls } = mockServer((op) => op.query.includes('createProject')
      ? { data: { createProject: { project: { id: 'p2', name: 'Secret', myAccess: 'FULL_ACCESS', defaultAccess: 'NONE' } } } }
      : { data: { workspace: { id: 'w1', name: 'Research', myRole: 'EDITOR', projects: { edges: [] } } } });
    render(<ProjectsPage workspaceId="w1" />);

    await userEvent.type(await screen.findByLabelText('Project name'), 'Secret');
    await userEvent.selectOptions(screen.getByLabelText("Members' default access"), 'NONE');
    await userEvent.click(screen.getByRole('button', { name: 'Create project' }));

    expect(await within(screen.getByTestId('projects-list')).findByText('Secret')).toBeTruthy();
    expect(calls('createProject')[0].variables).toEqual({ input: { workspaceId: 'w1', name: 'Secret', defaultAccess: 'NONE' } });
  });

  it('shares with a member at a level when the viewer has FULL_ACCESS', async () => {
    const { calls } = mockServer((op) => {
      if (op.query.includes('shareProject')) return { data: { shareProject: { project: { id: 'p1' } } } };
      if (op.query.includes('members(')) {
        return { data: { workspace: { members: { edges: [{ node: { userId: 'u1', email: 'ada@example.com' } }, { node: { userId: 'u2', email: 'bob@example.com' } }] }, connections: { edges: [] } } } };
      }
      return { data: { project } };
    });
    render(<ProjectPage projectId="p1" />);
    const sharing = await screen.findByTestId('sharing');

    await userEvent.selectOptions(await within(sharing).findByLabelText('Member to share with'), 'u2');
    await userEvent.selectOptions(within(sharing).getByLabelText('Access level'), 'EDIT');
    await userEvent.click(within(sharing).getByRole('button', { name: 'Share' }));

    expect(calls('shareProject')[0].variables).toEqual({ input: { projectId: 'p1', userId: 'u2', access: 'EDIT' } });
  });

  it('invites a guest by mail and only says the invitation was sent', async () => {
    const { calls } = mockServer((op) => {
      if (op.query.includes('inviteGuest')) {
        const { email, access } = op.variables!.input as { email: string; access: string };
        return { data: { inviteGuest: { invitation: { id: 'i1', email, access, status: 'PENDING', expiresAt: '2026-12-01T10:00:00Z' } } } };
      }
      if (op.query.includes('members(')) return { data: { workspace: { members: { edges: [] }, connections: { edges: [] } } } };
      return { data: { project } };
    });
    render(<ProjectPage projectId="p1" />);
    const sharing = await screen.findByTestId('sharing');

    await userEvent.type(within(sharing).getByLabelText('Guest email'), 'guest@partner.example');
    await userEvent.selectOptions(within(sharing).getByLabelText('Guest access'), 'EXECUTE');
    await userEvent.click(within(sharing).getByRole('button', { name: 'Invite guest' }));

    const [call] = calls('inviteGuest');
    expect(call.query).toContain('inviteGuest(input: $input) { invitation { id email access status expiresAt } }');
    expect(call.variables).toEqual({ input: { projectId: 'p1', email: 'guest@partner.example', access: 'EXECUTE' } });
    expect((await within(sharing).findByRole('status')).textContent).toBe('Invitation sent to guest@partner.example.');
    expect(document.body.textContent).not.toContain('token');
  });

  it('hides sharing and editing from someone who may only execute', async () => {
    mockServer(() => ({ data: { project: { ...project, myAccess: 'EXECUTE' } } }));
    render(<ProjectPage projectId="p1" />);

    expect((await screen.findByTestId('my-access')).textContent).toBe('EXECUTE');
    expect(screen.queryByTestId('sharing')).toBeNull();
    expect(screen.queryByLabelText('Connection to attach')).toBeNull();
  });

  it("explains to an admin why a member can't edit SQL", async () => {
    const { calls } = mockServer((op) => {
      if (op.query.includes('explainAccess')) {
        return { data: { explainAccess: { allowed: false, layer: 'ROLE', reason: "Denied: a VIEWER's access is capped at EXECUTE.", role: 'VIEWER', projectAccess: 'EXECUTE' } } };
      }
      if (op.query.includes('members(')) {
        return { data: { workspace: { members: { edges: [{ node: { userId: 'u2', email: 'ana@example.com' } }] }, connections: { edges: [] } } } };
      }
      return { data: { project } };
    });
    render(<ProjectPage projectId="p1" />);

    const memberSelect = await screen.findByLabelText('Member to explain');
    await within(memberSelect).findByText('ana@example.com');
    await userEvent.selectOptions(memberSelect, 'u2');
    await userEvent.selectOptions(screen.getByLabelText('Action to explain'), 'EDIT_SQL');
    await userEvent.click(screen.getByRole('button', { name: 'Explain' }));

    expect((await screen.findByTestId('explanation')).textContent).toContain('capped at EXECUTE');
    expect(calls('explainAccess')[0].variables).toEqual({ u: 'u2', r: 'p1', a: 'EDIT_SQL' });
  });

  it('renames the project (EDIT and above)', async () => {
    const { calls } = mockServer((op) => {
      if (op.query.includes('renameProject')) return { data: { renameProject: { project: { id: 'p1', name: 'Churn 2027' } } } };
      if (op.query.includes('members(')) return { data: { workspace: { members: { edges: [] }, connections: { edges: [] } } } };
      return { data: { project: { ...project, myAccess: 'EDIT' } } };
    });
    render(<ProjectPage projectId="p1" />);

    const settings = await screen.findByTestId('project-settings');
    await userEvent.click(within(settings).getByText('Project settings'));
    const name = within(settings).getByLabelText<HTMLInputElement>('Project name');
    expect(name.value).toBe('Churn');
    await userEvent.clear(name);
    await userEvent.type(name, '  Churn 2027 ');
    await userEvent.click(within(settings).getByRole('button', { name: 'Rename project' }));

    expect(calls('renameProject')[0].variables).toEqual({ input: { projectId: 'p1', name: 'Churn 2027' } });
    expect((await within(settings).findByRole('status')).textContent).toBe('Renamed to Churn 2027.');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Churn 2027');
    // Deleting is FULL_ACCESS only.
    expect(within(settings).queryByRole('button', { name: 'Delete project' })).toBeNull();
  });

  it('deletes the project after a confirmation and goes to the workspace projects', async () => {
    const { calls } = mockServer((op) => {
      if (op.query.includes('deleteProject')) return { data: { deleteProject: { deletedProjectId: 'p1' } } };
      if (op.query.includes('members(')) return { data: { workspace: { members: { edges: [] }, connections: { edges: [] } } } };
      return { data: { project } };
    });
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    window.history.replaceState(null, '', '/projects/p1');
    render(<ProjectPage projectId="p1" />);

    const settings = await screen.findByTestId('project-settings');
    await userEvent.click(within(settings).getByRole('button', { name: 'Delete project' }));
    expect(calls('deleteProject')).toHaveLength(0);
    expect(window.location.pathname).toBe('/projects/p1');

    await userEvent.click(within(settings).getByRole('button', { name: 'Delete project' }));
    expect(confirm).toHaveBeenLastCalledWith(expect.stringContaining('Delete the project Churn?'));
    expect(calls('deleteProject')[0].variables).toEqual({ input: { projectId: 'p1' } });
    await vi.waitFor(() => expect(window.location.pathname).toBe('/workspaces/w1/projects'));
  });

  it('detaches a connection, and shows why when blocks still use it', async () => {
    let attached = [{ id: 'c1', name: 'Warehouse', engine: 'POSTGRES' }, { id: 'c2', name: 'Scratch', engine: 'DUCKDB' }];
    const { calls } = mockServer((op) => {
      if (op.query.includes('detachConnection')) {
        const { connectionId } = op.variables!.input as { connectionId: string };
        if (connectionId === 'c1') return gqlError('CONFLICT', 'SQL blocks of this project use Warehouse: remove them or move them to another connection first.');
        attached = attached.filter((c) => c.id !== connectionId);
        return { data: { detachConnection: { project: { id: 'p1' } } } };
      }
      if (op.query.includes('members(')) return { data: { workspace: { members: { edges: [] }, connections: { edges: [] } } } };
      return { data: { project: { ...project, myAccess: 'EDIT', connections: attached } } };
    });
    render(<ProjectPage projectId="p1" />);

    const list = await screen.findByTestId('project-connections');
    await userEvent.click(within(list).getByRole('button', { name: 'Detach Warehouse' }));
    expect((await screen.findByRole('alert')).textContent).toContain('SQL blocks of this project use Warehouse');

    await userEvent.click(within(list).getByRole('button', { name: 'Detach Scratch' }));
    await vi.waitFor(() => expect(within(screen.getByTestId('project-connections')).queryByText('Scratch')).toBeNull());
    expect(calls('detachConnection').map((op) => op.variables)).toEqual([
      { input: { projectId: 'p1', connectionId: 'c1' } },
      { input: { projectId: 'p1', connectionId: 'c2' } },
    ]);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('offers no rename, delete or detach below EDIT', async () => {
    mockServer(() => ({ data: { project: { ...project, myAccess: 'EXECUTE', connections: [{ id: 'c1', name: 'Warehouse', engine: 'POSTGRES' }] } } }));
    render(<ProjectPage projectId="p1" />);

    expect((await screen.findByTestId('my-access')).textContent).toBe('EXECUTE');
    expect(screen.queryByTestId('project-settings')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Detach Warehouse' })).toBeNull();
  });
});
