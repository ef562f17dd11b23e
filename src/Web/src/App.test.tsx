import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from './App';
import { gqlError, mockServer, type Operation } from './test-utils';

const user = { id: 'u1', email: 'ada@example.com' };
const workspaces = {
  me: { ...user, workspaces: { edges: [{ node: { id: 'w1', name: 'Research', myRole: 'ADMIN' } }] } },
};

function server(state: { signedIn: boolean }) {
  return mockServer((op: Operation) => {
    if (op.query.includes('signIn(')) {
      const { email, password } = op.variables!.input as { email: string; password: string };
      if (password !== 'correct horse') return gqlError('UNAUTHENTICATED', 'Invalid email or password.');
      state.signedIn = true;
      return { data: { signIn: { user: { ...user, email } } } };
    }
    if (op.query.includes('signOut')) {
      state.signedIn = false;
      return { data: { signOut: true } };
    }
    if (op.query.includes('workspaces(')) return { data: state.signedIn ? workspaces : { me: null } };
    if (op.query.includes('me {')) return { data: { me: state.signedIn ? user : null } };
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
    expect(await screen.findByRole('link', { name: 'Research' })).toHaveProperty('pathname', '/workspaces/w1');
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
});
