import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { browser } from '../browser';
import { WORKSPACES_CHANGED_EVENT } from '../graphql';
import { gqlError, mockServer, type Operation, render } from '../test-utils';
import { LINK_SSO_CONFIRM } from './LinkSso';
import { MembersPage } from './Members';

const me = { id: 'u1', email: 'ada@example.com' };
const ada = { userId: 'u1', email: 'ada@example.com', role: 'ADMIN', joinedAt: '2024-05-01T10:00:00Z' };
const bob = { userId: 'u2', email: 'bob@example.com', role: 'VIEWER', joinedAt: '2024-05-02T10:00:00Z' };

const pendingDan = { id: 'i1', email: 'dan@example.com', role: 'EDITOR', projectName: null, access: null, status: 'PENDING', expiresAt: '2026-12-01T10:00:00Z' };
const pendingGuest = { id: 'i2', email: 'eve@example.com', role: null, projectName: 'Churn', access: 'VIEW', status: 'PENDING', expiresAt: '2026-12-02T10:00:00Z' };
const invitations = { data: { workspace: { id: 'w1', invitations: [pendingDan, pendingGuest] } } };

function workspace(myRole: string) {
  return { data: { workspace: { id: 'w1', name: 'Research', myRole, members: { edges: [{ node: ada }, { node: bob }] } } } };
}

describe('MembersPage', () => {
  it('lists members and, for an admin, invites one by mail without showing any link', async () => {
    const { calls } = mockServer((op: Operation) => {
      if (op.query.includes('inviteMember')) {
        const { email, role } = op.variables!.input as { email: string; role: string };
        return { data: { inviteMember: { invitation: { id: 'i3', email, role, status: 'PENDING', expiresAt: '2026-12-03T10:00:00Z' } } } };
      }
      if (op.query.includes('invitations {')) return invitations;
      return workspace('ADMIN');
    });
    render(<MembersPage workspaceId="w1" me={me} />);

    expect(await screen.findByRole('heading', { level: 1, name: 'Research' })).toBeTruthy();
    expect(screen.getAllByTestId('member-row').map((r) => r.textContent)).toEqual([
      expect.stringContaining('ada@example.com'),
      expect.stringContaining('bob@example.com'),
    ]);
    // The workspace's section links are the sidebar's now (Layout.test.tsx).

    await userEvent.type(screen.getByLabelText('Member email'), 'cy@example.com');
    await userEvent.selectOptions(screen.getByLabelText('Role'), 'AUDITOR');
    await userEvent.click(screen.getByRole('button', { name: 'Invite' }));

    const [call] = calls('inviteMember');
    expect(call.query).toContain('inviteMember(input: $input) { invitation { id email role status expiresAt } }');
    expect(call.query).not.toContain('invitationLink');
    expect(call.variables).toEqual({ input: { workspaceId: 'w1', email: 'cy@example.com', role: 'AUDITOR' } });
    expect((await screen.findByRole('status')).textContent).toBe('Invitation sent to cy@example.com.');
    expect(screen.getAllByTestId('invitation-row').map((r) => r.textContent)).toEqual([
      expect.stringContaining('dan@example.com'),
      expect.stringContaining('eve@example.com'),
      expect.stringContaining('cy@example.com'),
    ]);
    expect(screen.getAllByTestId('invitation-row')[2].textContent).toContain('AUDITOR');
    // Inviting makes nobody a member and hands the inviter nothing to share.
    expect(screen.getAllByTestId('member-row')).toHaveLength(2);
    expect(screen.queryByTestId('invitation-link')).toBeNull();
    expect(document.body.textContent).not.toContain('/invite?token');
    expect((screen.getByLabelText('Member email') as HTMLInputElement).value).toBe('');
  });

  it('lists the pending invitations (members and guests) and revokes one', async () => {
    const { calls } = mockServer((op: Operation) => {
      if (op.query.includes('revokeInvitation')) return { data: { revokeInvitation: { invitation: { id: 'i1', status: 'REVOKED' } } } };
      if (op.query.includes('invitations {')) return invitations;
      return workspace('ADMIN');
    });
    render(<MembersPage workspaceId="w1" me={me} />);

    const rows = await screen.findAllByTestId('invitation-row');
    expect(screen.getByRole('heading', { level: 2, name: 'Pending invitations' })).toBeTruthy();
    expect(rows[0].textContent).toContain('EDITOR');
    expect(rows[1].textContent).toContain('guest: VIEW on Churn');
    expect(calls('invitations {')[0].variables).toEqual({ id: 'w1' });

    await userEvent.click(within(rows[0]).getByRole('button', { name: 'Revoke' }));

    const [call] = calls('revokeInvitation');
    expect(call.query).toContain('revokeInvitation(input: $input)');
    expect(call.variables).toEqual({ input: { invitationId: 'i1' } });
    expect(screen.getAllByTestId('invitation-row').map((r) => r.textContent)).toEqual([expect.stringContaining('eve@example.com')]);
  });

  it('shows a refused invitation in the alert and keeps the address', async () => {
    mockServer((op: Operation) => {
      if (op.query.includes('inviteMember')) return gqlError('VALIDATION_FAILED', 'The input is not valid.', [{ field: 'email', message: 'Not an e-mail address.' }]);
      if (op.query.includes('invitations {')) return invitations;
      return workspace('ADMIN');
    });
    render(<MembersPage workspaceId="w1" me={me} />);

    await userEvent.type(await screen.findByLabelText('Member email'), 'cy@example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Invite' }));

    expect((await screen.findByRole('alert')).textContent).toContain('Not an e-mail address.');
    expect(screen.queryByRole('status')).toBeNull();
    expect((screen.getByLabelText('Member email') as HTMLInputElement).value).toBe('cy@example.com');
  });

  it('shows a refused role change in the alert and keeps the old role', async () => {
    mockServer((op: Operation) => {
      if (op.query.includes('changeMemberRole')) return gqlError('CONFLICT', 'A workspace needs at least one admin.');
      return op.query.includes('invitations {') ? invitations : workspace('ADMIN');
    });
    render(<MembersPage workspaceId="w1" me={me} />);

    const select = await screen.findByLabelText<HTMLSelectElement>('Access level of ada@example.com');
    await userEvent.selectOptions(select, 'VIEWER');

    expect((await screen.findByRole('alert')).textContent).toContain('A workspace needs at least one admin.');
    expect(select.value).toBe('ADMIN');
  });

  it('removes a member after confirmation', async () => {
    const { calls } = mockServer((op: Operation) => {
      if (op.query.includes('removeMember')) return { data: { removeMember: { removedUserId: 'u2' } } };
      return op.query.includes('invitations {') ? invitations : workspace('ADMIN');
    });
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    render(<MembersPage workspaceId="w1" me={me} />);

    const bobRow = (await screen.findAllByTestId('member-row'))[1];
    await userEvent.click(within(bobRow).getByRole('button', { name: 'Remove' }));

    expect(calls('removeMember')[0].variables).toEqual({ input: { workspaceId: 'w1', userId: 'u2' } });
    expect(screen.getAllByTestId('member-row').map((r) => r.textContent)).toEqual([
      expect.stringContaining('ada@example.com'),
    ]);
  });

  it('gives a viewer a read-only list without invitations', async () => {
    const { calls } = mockServer(() => workspace('VIEWER'));
    render(<MembersPage workspaceId="w1" me={me} />);

    expect(await screen.findByTestId('members-table')).toBeTruthy();
    // workspace.invitations is for ADMINs only: asking for it would fail the page.
    expect(calls('invitations')).toHaveLength(0);
    expect(screen.queryByLabelText('Member email')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Remove' })).toBeNull();
  });
});

describe('MembersPage: role changes and removals say what happened', () => {
  const serve = (answer: (op: Operation) => unknown, myRole = 'ADMIN') =>
    mockServer((op: Operation) => answer(op) || (op.query.includes('invitations {') ? invitations : workspace(myRole)));

  it("confirms another member's new role", async () => {
    const { calls } = serve((op) => op.query.includes('changeMemberRole') && { data: { changeMemberRole: { member: { ...bob, role: 'EDITOR' } } } });
    render(<MembersPage workspaceId="w1" me={me} />);

    await userEvent.selectOptions(await screen.findByLabelText('Access level of bob@example.com'), 'EDITOR');

    expect((await screen.findByText('bob@example.com is now EDITOR.')).getAttribute('role')).toBe('status');
    expect(calls('changeMemberRole')[0].variables).toEqual({ input: { workspaceId: 'w1', userId: 'u2', role: 'EDITOR' } });
    expect(screen.getByLabelText<HTMLSelectElement>('Access level of bob@example.com').value).toBe('EDITOR');
  });

  it('tells an admin who gave up the role what changed, and refreshes the sidebar', async () => {
    serve((op) => op.query.includes('changeMemberRole') && { data: { changeMemberRole: { member: { ...ada, role: 'EDITOR' } } } });
    const changed = vi.fn();
    window.addEventListener(WORKSPACES_CHANGED_EVENT, changed);
    window.history.replaceState(null, '', '/workspaces/w1');
    try {
      render(<MembersPage workspaceId="w1" me={me} />);
      await userEvent.selectOptions(await screen.findByLabelText('Access level of ada@example.com'), 'EDITOR');

      expect((await screen.findByRole('status')).textContent)
        .toBe('You are now EDITOR in this workspace; pages for ADMINs are no longer open to you.');
      expect(changed).toHaveBeenCalledTimes(1);
      // No longer an admin: the page turns read-only instead of failing.
      expect(screen.queryByRole('button', { name: 'Remove' })).toBeNull();
      expect(screen.queryByLabelText('Member email')).toBeNull();
      expect(screen.getAllByTestId('member-row')[0].textContent).toContain('EDITOR');
      expect(window.location.pathname).toBe('/workspaces/w1');
    } finally {
      window.removeEventListener(WORKSPACES_CHANGED_EVENT, changed);
    }
  });

  it('tells someone who removed themselves that they left, with the way out', async () => {
    serve((op) => op.query.includes('removeMember') && { data: { removeMember: { removedUserId: 'u1' } } });
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    render(<MembersPage workspaceId="w1" me={me} />);

    const adaRow = (await screen.findAllByTestId('member-row'))[0];
    await userEvent.click(within(adaRow).getByRole('button', { name: 'Remove' }));

    expect(confirm).toHaveBeenCalledWith(expect.stringContaining('Remove yourself from Research?'));
    expect((await screen.findByRole('status')).textContent).toBe('You are no longer a member of Research; its pages are no longer open to you.');
    expect(screen.getByRole('link', { name: 'Go to your workspaces' }).getAttribute('href')).toBe('/');
    expect(screen.queryByTestId('members-table')).toBeNull();
  });

  it('never shows a raw id in an error', async () => {
    const bobId = '0b9f6a8e-2c1d-4e3f-9a7b-5c6d7e8f9a0b';
    const other = '11111111-2222-4333-8444-555555555555';
    mockServer((op: Operation) => {
      if (op.query.includes('changeMemberRole')) return gqlError('CONFLICT', `Member ${bobId} cannot be changed while ${other} is pending.`);
      if (op.query.includes('invitations {')) return invitations;
      return { data: { workspace: { id: 'w1', name: 'Research', myRole: 'ADMIN', members: { edges: [{ node: ada }, { node: { ...bob, userId: bobId } }] } } } };
    });
    render(<MembersPage workspaceId="w1" me={me} />);

    await userEvent.selectOptions(await screen.findByLabelText('Access level of bob@example.com'), 'EDITOR');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Member bob@example.com cannot be changed while this member is pending.');
    expect(document.body.textContent).not.toContain(bobId);
    expect(document.body.textContent).not.toContain(other);
  });
});

describe('MembersPage: linking single sign-on', () => {
  const redirectUrl = 'https://idp.example/authorize?client_id=c1&state=s1';

  function linkServer(myRole: string, answer: () => unknown, sso: unknown = { issuer: 'https://idp.example' }) {
    return mockServer((op: Operation) => {
      if (op.query.includes('linkSingleSignOn')) return answer();
      if (op.query.includes('SsoConfigured')) return { data: { workspace: { id: 'w1', sso } } };
      if (op.query.includes('invitations {')) return invitations;
      return workspace(myRole);
    });
  }

  it('lets a viewer link after confirming, and sends the browser to the provider', async () => {
    const { calls } = linkServer('VIEWER', () => ({ data: { linkSingleSignOn: { redirectUrl } } }));
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    const assign = vi.spyOn(browser, 'assign').mockImplementation(() => {});
    render(<MembersPage workspaceId="w1" me={me} />);

    const account = await screen.findByTestId('your-account');
    expect(within(account).getByRole('heading', { level: 2, name: 'Your account' })).toBeTruthy();
    // workspace.sso is for ADMINs only: a viewer never asks for it.
    expect(calls('sso {')).toHaveLength(0);
    await userEvent.click(within(account).getByRole('button', { name: 'Link single sign-on' }));

    expect(confirm).toHaveBeenCalledWith(
      "Link your Deepnote account to this workspace's identity provider? Anyone who signs in there as you will be signed in to this account.",
    );
    const [call] = calls('linkSingleSignOn');
    expect(call.query).toContain('linkSingleSignOn(input: $input) { redirectUrl }');
    expect(call.variables).toEqual({ input: { workspaceId: 'w1' } });
    await vi.waitFor(() => expect(assign).toHaveBeenCalledWith(redirectUrl));
    expect(assign).toHaveBeenCalledTimes(1);
  });

  it('does nothing when the confirmation is cancelled', async () => {
    const { calls } = linkServer('EDITOR', () => ({ data: { linkSingleSignOn: { redirectUrl } } }));
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const assign = vi.spyOn(browser, 'assign').mockImplementation(() => {});
    render(<MembersPage workspaceId="w1" me={me} />);

    await userEvent.click(await screen.findByRole('button', { name: 'Link single sign-on' }));

    expect(confirm).toHaveBeenCalledWith(LINK_SSO_CONFIRM);
    expect(calls('linkSingleSignOn')).toHaveLength(0);
    expect(assign).not.toHaveBeenCalled();
  });

  it('shows the answer of a workspace without single sign-on and stays on the page', async () => {
    linkServer('VIEWER', () => gqlError('NOT_FOUND', 'This workspace has no single sign-on.'));
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    const assign = vi.spyOn(browser, 'assign').mockImplementation(() => {});
    render(<MembersPage workspaceId="w1" me={me} />);

    const account = await screen.findByTestId('your-account');
    await userEvent.click(within(account).getByRole('button', { name: 'Link single sign-on' }));

    expect((await within(account).findByRole('alert')).textContent).toBe('This workspace has no single sign-on.');
    expect(assign).not.toHaveBeenCalled();
    expect(within(account).getByRole('button', { name: 'Link single sign-on' })).toHaveProperty('disabled', false);
  });

  it('never follows an address that is not a web address', async () => {
    linkServer('VIEWER', () => ({ data: { linkSingleSignOn: { redirectUrl: 'javascript:alert(1)' } } }));
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    const assign = vi.spyOn(browser, 'assign').mockImplementation(() => {});
    render(<MembersPage workspaceId="w1" me={me} />);

    await userEvent.click(await screen.findByRole('button', { name: 'Link single sign-on' }));

    expect((await screen.findByRole('alert')).textContent).toContain('unusable sign-in address');
    expect(assign).not.toHaveBeenCalled();
  });

  it('offers an admin the link when the workspace has single sign-on', async () => {
    const { calls } = linkServer('ADMIN', () => ({ data: { linkSingleSignOn: { redirectUrl } } }));
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    const assign = vi.spyOn(browser, 'assign').mockImplementation(() => {});
    render(<MembersPage workspaceId="w1" me={me} />);

    await userEvent.click(await screen.findByRole('button', { name: 'Link single sign-on' }));

    expect(calls('SsoConfigured')[0].variables).toEqual({ id: 'w1' });
    expect(calls('linkSingleSignOn')[0].variables).toEqual({ input: { workspaceId: 'w1' } });
    await vi.waitFor(() => expect(assign).toHaveBeenCalledWith(redirectUrl));
  });

  it('offers an admin no link while the workspace has no single sign-on', async () => {
    const { calls } = linkServer('ADMIN', () => ({}), null);
    render(<MembersPage workspaceId="w1" me={me} />);

    expect(await screen.findByTestId('members-table')).toBeTruthy();
    await vi.waitFor(() => expect(calls('SsoConfigured')).toHaveLength(1));
    // Let the answer arrive before looking.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(screen.queryByTestId('your-account')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Link single sign-on' })).toBeNull();
  });
});
