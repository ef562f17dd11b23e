import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { App } from './App';
import { UNAUTHENTICATED_EVENT } from './graphql';
import { createQueryClient } from './hooks';
import { gqlError, mockServer, renderWithQueries as render, type Operation } from './test-utils';

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
      return { data: { me: { ...user, workspaces: { edges }, guestProjects: { edges: [] } } } };
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

  describe("nobody sees the previous person's answers", () => {
    const bob = { id: 'u2', email: 'bob@example.com' };
    const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
    const list = (who: typeof user, name: string) =>
      ({ data: { me: { ...who, workspaces: { edges: [{ node: { id: `w-${who.id}`, name, myRole: 'ADMIN' } }] }, guestProjects: { edges: [] } } } });

    /** Ada is signed in; whoever signs in next is Bob, whose lists are held back until `release`. */
    function server() {
      let signedIn: typeof user | null = user;
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      vi.stubGlobal('fetch', vi.fn(async (_url: string, init: RequestInit) => {
        const op = JSON.parse(init.body as string) as Operation;
        if (op.query.includes('signOut')) {
          signedIn = null;
          return json({ data: { signOut: true } });
        }
        if (op.query.includes('signIn(')) {
          signedIn = bob;
          return json({ data: { signIn: { user: bob } } });
        }
        if (!signedIn) return json(op.query.includes('me {') ? { data: { me: null } } : gqlError('UNAUTHENTICATED', 'Sign in.'));
        if (op.query.includes('invitations {')) return json({ data: { me: { id: signedIn.id, invitations: [] } } });
        if (op.query.includes('workspaces(')) {
          if (signedIn === user) return json(list(user, 'Research'));
          await held;
          return json(list(bob, "Bob's lab"));
        }
        return json({ data: { me: signedIn } });
      }));
      return { release };
    }

    it('signing out empties the query cache, so the next person sees nothing of the previous one', async () => {
      window.history.replaceState(null, '', '/');
      const { release } = server();
      // The app's own cache, which keeps answers nobody shows any more (the tests' default drops them).
      const queryClient = createQueryClient({ retry: false });
      render(<App />, { queryClient });
      expect(await within(await screen.findByTestId('workspaces-list')).findByRole('link', { name: 'Research' })).toBeTruthy();
      expect(queryClient.getQueryCache().getAll().length).toBeGreaterThan(0);

      await userEvent.click(screen.getByRole('button', { name: 'Sign out' }));
      await screen.findByRole('button', { name: 'Sign in' });
      const first = screen.getByLabelText('Email');
      await new Promise((r) => setTimeout(r, 50));
      expect(screen.getByLabelText('Email')).toBe(first); // one sign-in page, not first one at / then another at /signin
      expect(queryClient.getQueryCache().getAll()).toEqual([]);

      await userEvent.type(screen.getByLabelText('Email'), 'bob@example.com');
      await userEvent.type(screen.getByLabelText('Password'), 'correct horse');
      await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
      expect(await screen.findByText('Loading…')).toBeTruthy(); // Bob's list is on its way
      expect(screen.queryByText('Research')).toBeNull();

      release();
      expect(await within(await screen.findByTestId('workspaces-list')).findByRole('link', { name: "Bob's lab" })).toBeTruthy();
      expect(screen.queryByText('Research')).toBeNull();
    });

    it('the session ending (an UNAUTHENTICATED answer) empties the query cache too', async () => {
      window.history.replaceState(null, '', '/');
      server();
      const queryClient = createQueryClient({ retry: false });
      render(<App />, { queryClient });
      expect(await within(await screen.findByTestId('workspaces-list')).findByRole('link', { name: 'Research' })).toBeTruthy();

      act(() => {
        window.dispatchEvent(new Event(UNAUTHENTICATED_EVENT));
      });

      expect(await screen.findByRole('button', { name: 'Sign in' })).toBeTruthy();
      expect(queryClient.getQueryCache().getAll()).toEqual([]);
      expect(screen.queryByText('Research')).toBeNull();
    });
  });
});
