import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from './App';
import { gqlError, mockServer, type Operation } from './test-utils';

const user = { id: 'u1', email: 'ada@example.com' };
const research = { id: 'w1', name: 'Research', myRole: 'ADMIN' };
const invitation = {
  id: 'i1', workspaceId: 'w2', workspaceName: 'Sales', role: 'EDITOR', projectId: null, projectName: null, access: null,
  invitedByEmail: 'bob@example.com', expiresAt: '2026-12-01T10:00:00Z',
};

interface State { signedIn: boolean; joined?: boolean; invitations?: (typeof invitation)[] }

function server(state: State) {
  return mockServer((op: Operation) => {
    if (op.query.includes('signIn(')) {
      const { email, password } = op.variables!.input as { email: string; password: string };
      if (password !== 'correct horse') return gqlError('UNAUTHENTICATED', 'Invalid email or password.');
      state.signedIn = true;
      return { data: { signIn: { user: { ...user, email } } } };
    }
    if (op.query.includes('acceptInvitation(')) {
      state.signedIn = true;
      return { data: { acceptInvitation: { user } } };
    }
    if (op.query.includes('acceptWorkspaceInvitation(')) {
      state.joined = true;
      state.invitations = [];
      return { data: { acceptWorkspaceInvitation: { invitation: { id: 'i1', status: 'ACCEPTED' } } } };
    }
    if (op.query.includes('signOut')) {
      state.signedIn = false;
      return { data: { signOut: true } };
    }
    if (!state.signedIn && op.query.includes('me {')) return { data: { me: null } };
    if (op.query.includes('workspaces(')) {
      const edges = [research, ...(state.joined ? [{ id: 'w2', name: 'Sales', myRole: 'EDITOR' }] : [])].map((node) => ({ node }));
      return { data: { me: { ...user, workspaces: { edges } } } };
    }
    if (op.query.includes('invitations {')) return { data: { me: { id: user.id, invitations: state.invitations ?? [] } } };
    if (op.query.includes('me {')) return { data: { me: user } };
    throw new Error(`unexpected operation ${op.query}`);
  });
}

describe('App', () => {
  it('shows the sign-in page when signed out, and the workspace list after signing in', async () => {
    window.history.replaceState(null, '', '/signin');
    const { calls } = server({ signedIn: false });
    render(<App />);

    await userEvent.type(screen.getByLabelText('Email'), 'ada@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'correct horse');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(calls('signIn(')[0].variables).toEqual({ input: { email: 'ada@example.com', password: 'correct horse' } });
    expect(await within(await screen.findByTestId('workspaces-list')).findByRole('link', { name: 'Research' })).toHaveProperty('pathname', '/workspaces/w1');
    expect(window.location.pathname).toBe('/');
    expect(screen.getByText('ada@example.com')).toBeTruthy();
  });

  it('shows the error the server returns for a failed sign-in', async () => {
    window.history.replaceState(null, '', '/');
    server({ signedIn: false });
    render(<App />);

    await userEvent.type(await screen.findByLabelText('Email'), 'ada@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'wrong');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect((await screen.findByRole('alert')).textContent).toContain('Invalid email or password.');
    expect(screen.queryByRole('link', { name: 'Research' })).toBeNull();
  });

  it('signs out and returns to the sign-in page', async () => {
    window.history.replaceState(null, '', '/');
    const { calls } = server({ signedIn: true });
    render(<App />);

    await userEvent.click(await screen.findByRole('button', { name: 'Sign out' }));

    expect(calls('signOut')).toHaveLength(1);
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeTruthy();
    expect(window.location.pathname).toBe('/signin');
  });

  it('sends a signed-out visitor of /invitations through sign-in and back to /invitations', async () => {
    window.history.replaceState(null, '', '/invitations');
    server({ signedIn: false, invitations: [invitation] });
    render(<App />);

    await userEvent.type(await screen.findByLabelText('Email'), 'ada@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'correct horse');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Invitations' })).toBeTruthy();
    expect(window.location.pathname).toBe('/invitations');
    expect((await screen.findByTestId('invitation-row')).textContent).toContain('Sales');
  });

  it('accepts an invitation on the home page and refreshes the workspace list', async () => {
    window.history.replaceState(null, '', '/');
    const { calls } = server({ signedIn: true, invitations: [invitation] });
    render(<App />);

    expect(await within(await screen.findByTestId('workspaces-list')).findByRole('link', { name: 'Research' })).toBeTruthy();
    await userEvent.click(await screen.findByRole('button', { name: 'Accept' }));

    expect(calls('acceptWorkspaceInvitation(')[0].variables).toEqual({ input: { invitationId: 'i1' } });
    expect((await screen.findByRole('status')).textContent).toBe('You joined Sales.');
    expect(await within(screen.getByTestId('workspaces-list')).findByRole('link', { name: 'Sales' })).toBeTruthy();
    expect(await within(screen.getByTestId('sidebar-workspaces')).findByRole('link', { name: 'Sales' })).toBeTruthy();
    expect(calls('query Workspaces {')).toHaveLength(2); // the page's list, reloaded (the sidebar asks on its own)
  });

  it('joins from the mailed /invite link and lands home signed in', async () => {
    window.history.replaceState(null, '', '/invite?token=tok-1');
    const { calls } = server({ signedIn: false });
    render(<App />);

    await userEvent.type(screen.getByLabelText('Password'), 'plum tractor cloudy');
    await userEvent.click(screen.getByRole('button', { name: 'Join' }));

    expect(calls('acceptInvitation(')[0].variables).toEqual({ input: { token: 'tok-1', password: 'plum tractor cloudy' } });
    expect(await within(await screen.findByTestId('workspaces-list')).findByRole('link', { name: 'Research' })).toBeTruthy();
    expect(window.location.pathname).toBe('/');
  });

  it('leads from the sign-in page to sign-up and to the forgotten password', async () => {
    window.history.replaceState(null, '', '/signin');
    server({ signedIn: false });
    render(<App />);

    await userEvent.click(screen.getByRole('link', { name: 'Create an account' }));
    expect(window.location.pathname).toBe('/signup');
    expect(screen.getByRole('button', { name: 'Send sign-up link' })).toBeTruthy();

    await userEvent.click(screen.getByRole('link', { name: 'Back to sign in' }));
    await userEvent.click(screen.getByRole('link', { name: 'Forgot password?' }));
    expect(window.location.pathname).toBe('/forgot-password');
    expect(screen.getByRole('button', { name: 'Send reset link' })).toBeTruthy();
  });
});
