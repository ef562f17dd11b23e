import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockServer, render } from '../test-utils';
import { ApiTokensPage } from './ApiTokens';

const token = { id: 't1', name: 'ci', ownerEmail: 'ada@example.com', createdAt: '2026-11-24T08:00:00Z', expiresAt: '2026-12-24T08:00:00Z', lastUsedAt: null, revokedAt: null };

describe('ApiTokensPage', () => {
  it('creates a token with its expiry and shows the secret once', async () => {
    const { calls } = mockServer((op) => op.query.includes('createApiToken')
      ? { data: { createApiToken: { token: 'dnp_secret-value', apiToken: token } } }
      : { data: { workspace: { id: 'w1', name: 'Research', apiTokens: { edges: [] } } } });
    render(<ApiTokensPage workspaceId="w1" />);

    await userEvent.type(await screen.findByLabelText('Token name'), 'ci');
    await userEvent.clear(screen.getByLabelText('Expires in days'));
    await userEvent.type(screen.getByLabelText('Expires in days'), '7');
    await userEvent.click(screen.getByRole('button', { name: 'Create token' }));

    expect((await screen.findByTestId('new-token')).textContent).toContain('dnp_secret-value');
    expect(calls('createApiToken')[0].variables).toEqual({ input: { workspaceId: 'w1', name: 'ci', expiresInDays: 7 } });
    expect(screen.getAllByTestId('token-row')).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(document.body.innerHTML).not.toContain('dnp_secret-value');
  });
});
