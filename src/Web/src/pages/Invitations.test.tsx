import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { gqlError, mockServer, type Operation, render } from '../test-utils';
import { InvitationsPage, ReceivedInvitations } from './Invitations';

const toWorkspace = {
  id: 'i1', workspaceId: 'w1', workspaceName: 'Research', role: 'EDITOR', projectId: null, projectName: null, access: null,
  invitedByEmail: 'ada@example.com', expiresAt: '2026-12-01T10:00:00Z',
};
const toProject = {
  id: 'i2', workspaceId: 'w2', workspaceName: 'Sales', role: null, projectId: 'p7', projectName: 'Churn', access: 'VIEW',
  invitedByEmail: null, expiresAt: '2026-12-02T10:00:00Z',
};

function server(answer: (op: Operation) => unknown = () => ({ data: { acceptWorkspaceInvitation: { invitation: { id: 'i1', status: 'ACCEPTED' } } } })) {
  return mockServer((op) =>
    op.query.includes('Invitation(') ? answer(op) : { data: { me: { id: 'u2', invitations: [toWorkspace, toProject] } } },
  );
}

describe('Invitations', () => {
  it('lists my invitations, accepts one and says where I joined', async () => {
    const { calls } = server();
    const onAccepted = vi.fn();
    render(<ReceivedInvitations onAccepted={onAccepted} />);

    const rows = await screen.findAllByTestId('invitation-row');
    expect(calls('invitations {')[0].query).toContain(
      'me { id invitations { id workspaceId workspaceName role projectId projectName access invitedByEmail expiresAt } }',
    );
    expect(rows[0].textContent).toContain('Research');
    expect(rows[0].textContent).toContain('EDITOR');
    expect(rows[0].textContent).toContain('invited by ada@example.com');
    expect(rows[1].textContent).toContain('Churn (in Sales)');
    expect(rows[1].textContent).toContain('VIEW');

    await userEvent.click(within(rows[0]).getByRole('button', { name: 'Accept' }));

    const [call] = calls('acceptWorkspaceInvitation(');
    expect(call.variables).toEqual({ input: { invitationId: 'i1' } });
    expect((await screen.findByRole('status')).textContent).toBe('You joined Research.');
    expect(screen.getByRole('link', { name: 'Research' }).getAttribute('href')).toBe('/workspaces/w1');
    expect(screen.getAllByTestId('invitation-row')).toHaveLength(1);
    expect(onAccepted).toHaveBeenCalledTimes(1);
  });

  it('declines a guest invitation without reporting a join', async () => {
    const { calls } = server(() => ({ data: { declineWorkspaceInvitation: { invitation: { id: 'i2', status: 'DECLINED' } } } }));
    const onAccepted = vi.fn();
    render(<ReceivedInvitations onAccepted={onAccepted} />);

    const rows = await screen.findAllByTestId('invitation-row');
    await userEvent.click(within(rows[1]).getByRole('button', { name: 'Decline' }));

    expect(calls('declineWorkspaceInvitation(')[0].variables).toEqual({ input: { invitationId: 'i2' } });
    expect((await screen.findByRole('status')).textContent).toBe('You declined the invitation to Churn (in Sales).');
    expect(calls('acceptWorkspaceInvitation(')).toHaveLength(0);
    expect(onAccepted).not.toHaveBeenCalled();
  });

  it('keeps an invitation whose acceptance fails and shows why', async () => {
    server(() => gqlError('NOT_FOUND', 'This invitation has expired.'));
    render(<ReceivedInvitations />);

    await userEvent.click(within((await screen.findAllByTestId('invitation-row'))[0]).getByRole('button', { name: 'Accept' }));

    expect((await screen.findByRole('alert')).textContent).toContain('This invitation has expired.');
    expect(screen.getAllByTestId('invitation-row')).toHaveLength(2);
  });

  it('shows nothing on the home page when there are none, and says so on /invitations', async () => {
    mockServer(() => ({ data: { me: { id: 'u2', invitations: [] } } }));
    const { unmount } = render(<ReceivedInvitations />);
    await new Promise((r) => setTimeout(r, 0));
    expect(screen.queryByTestId('received-invitations')).toBeNull();
    unmount();

    render(<InvitationsPage />);
    expect(await screen.findByText('You have no pending invitations.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Invitations' })).toBeTruthy();
  });
});
