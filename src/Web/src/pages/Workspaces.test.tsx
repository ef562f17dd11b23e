import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WorkspacesPage } from './Workspaces';
import { render } from '../test-utils';

const me = (names: string[]) => ({
  data: {
    me: {
      id: 'u1',
      email: 'ada@example.com',
      workspaces: { edges: names.map((name, i) => ({ node: { id: `w${i}`, name, myRole: 'ADMIN' } })) },
      guestProjects: { edges: [] },
    },
  },
});

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });

afterEach(() => vi.unstubAllGlobals());

describe('WorkspacesPage', () => {
  it('shows a workspace created while the list was still loading, even when that answer predates it', async () => {
    let answerFirstList: (() => void) | undefined;
    let created = false;
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: string, init: RequestInit) => {
        const op = JSON.parse(init.body as string) as { query: string };
        if (op.query.includes('createWorkspace')) {
          created = true;
          return json({ data: { createWorkspace: { workspace: { id: 'w9', name: 'Research', myRole: 'ADMIN' } } } });
        }
        if (op.query.includes('MyInvitations')) return json({ data: { me: { id: 'u1', invitations: [] } } });
        if (!answerFirstList) {
          // The first list was read before the workspace existed, and its answer arrives last.
          const stale = me(['Default']);
          return new Promise<Response>((resolve) => {
            answerFirstList = () => resolve(json(stale));
          });
        }
        return json(me(created ? ['Default', 'Research'] : ['Default']));
      }),
    );
    render(<WorkspacesPage />);

    await userEvent.type(screen.getByLabelText('Workspace name'), 'Research');
    await userEvent.click(screen.getByRole('button', { name: 'Create workspace' }));
    answerFirstList!();

    expect((await screen.findByRole('link', { name: 'Research' })).textContent).toBe('Research');
    expect(screen.getAllByRole('link').map((l) => l.textContent)).toEqual(['Default', 'Research']);
    expect((screen.getByLabelText('Workspace name') as HTMLInputElement).value).toBe('');
    expect(window.location.pathname).toBe('/workspaces/w9'); // lands in the new workspace
  });
});
