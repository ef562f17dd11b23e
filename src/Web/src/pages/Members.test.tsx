import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { gqlError, mockServer, type Operation } from '../test-utils';
import { MembersPage } from './Members';

const me = { id: 'u1', email: 'ada@example.com' };
const ada = { userId: 'u1', email: 'ada@example.com', role: 'ADMIN', joinedAt: '2024-05-01T10:00:00Z' };
const bob = { userId: 'u2', email: 'bob@example.com', role: 'VIEWER', joinedAt: '2024-05-02T10:00:00Z' };

function workspace(myRole: string) {
  return { data: { workspace: { id: 'w1', name: 'Research', myRole, members: { edges: [{ node: ada }, { node: bob }] } } } };
}

describe('MembersPage', () => {
  it('lists members and, for an admin, invites one and shows the invitation link', async () => {
    const { calls } = mockServer((op: Operation) => {
      if (op.query.includes('inviteMember')) {
        const { email, role } = op.variables!.input as { email: string; role: string };
        return {
          data: {
            inviteMember: {
              member: { userId: 'u3', email, role, joinedAt: '2024-05-03T10:00:00Z' },
              invitationLink: '/invite?token=secret-token',
            },
          },
        };
      }
      return workspace('ADMIN');
    });
    render(<MembersPage workspaceId="w1" me={me} />);

    expect(await screen.findByRole('heading', { level: 1, name: 'Research' })).toBeTruthy();
    expect(screen.getAllByTestId('member-row').map((r) => r.textContent)).toEqual([
      expect.stringContaining('ada@example.com'),
      expect.stringContaining('bob@example.com'),
    ]);
    const link = (name: string) => screen.getByRole('link', { name }).getAttribute('href');
    expect(link('Audit log')).toBe('/workspaces/w1/audit');
    expect(link('Connections')).toBe('/workspaces/w1/connections');
    expect(link('Encryption key')).toBe('/workspaces/w1/key');
    expect(link('Files')).toBe('/workspaces/w1/files');

    await userEvent.type(screen.getByLabelText('Member email'), 'cy@example.com');
    await userEvent.selectOptions(screen.getByLabelText('Role'), 'AUDITOR');
    await userEvent.click(screen.getByRole('button', { name: 'Invite' }));

    expect(calls('inviteMember')[0].variables).toEqual({
      input: { workspaceId: 'w1', email: 'cy@example.com', role: 'AUDITOR' },
    });
    expect((await screen.findByTestId('invitation-link')).textContent).toContain(
      `${window.location.origin}/invite?token=secret-token`,
    );
    expect(screen.getAllByTestId('member-row')).toHaveLength(3);
  });

  it('shows a refused role change in the alert and keeps the old role', async () => {
    mockServer((op: Operation) =>
      op.query.includes('changeMemberRole')
        ? gqlError('CONFLICT', 'A workspace needs at least one admin.')
        : workspace('ADMIN'),
    );
    render(<MembersPage workspaceId="w1" me={me} />);

    const select = await screen.findByLabelText<HTMLSelectElement>('Access level of ada@example.com');
    await userEvent.selectOptions(select, 'VIEWER');

    expect((await screen.findByRole('alert')).textContent).toContain('A workspace needs at least one admin.');
    expect(select.value).toBe('ADMIN');
  });

  it('removes a member after confirmation', async () => {
    const { calls } = mockServer((op: Operation) =>
      op.query.includes('removeMember') ? { data: { removeMember: { removedUserId: 'u2' } } } : workspace('ADMIN'),
    );
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    render(<MembersPage workspaceId="w1" me={me} />);

    const bobRow = (await screen.findAllByTestId('member-row'))[1];
    await userEvent.click(within(bobRow).getByRole('button', { name: 'Remove' }));

    expect(calls('removeMember')[0].variables).toEqual({ input: { workspaceId: 'w1', userId: 'u2' } });
    expect(screen.getAllByTestId('member-row').map((r) => r.textContent)).toEqual([
      expect.stringContaining('ada@example.com'),
    ]);
  });

  it('gives a viewer a read-only list without the audit and key links', async () => {
    mockServer(() => workspace('VIEWER'));
    render(<MembersPage workspaceId="w1" me={me} />);

    expect(await screen.findByTestId('members-table')).toBeTruthy();
    expect(screen.queryByLabelText('Member email')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Remove' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Audit log' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Encryption key' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Connections' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Files' })).toBeTruthy();
  });
});
