import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockServer } from '../test-utils';
import { SsoSettingsPage } from './SsoSettings';

describe('SsoSettingsPage', () => {
  it('saves the provider with its domains and role, and forgets the secret', async () => {
    const { calls } = mockServer((op) => op.query.includes('configureSso')
      ? { data: { configureSso: { workspace: { id: 'w1' } } } }
      : { data: { workspace: { id: 'w1', name: 'Research', sso: null } } });
    render(<SsoSettingsPage workspaceId="w1" />);

    await userEvent.click(await screen.findByRole('button', { name: 'Google Workspace' }));
    await userEvent.type(screen.getByLabelText('Client ID'), 'client-1');
    await userEvent.type(screen.getByLabelText('Client secret'), 'very-secret');
    await userEvent.type(screen.getByLabelText('Allowed email domains'), 'acme.com, acme.org ');
    await userEvent.selectOptions(screen.getByLabelText('Default role for new users'), 'EDITOR');
    await userEvent.click(screen.getByRole('checkbox'));
    await userEvent.click(screen.getByRole('button', { name: 'Save SSO settings' }));

    expect(await screen.findByRole('status')).toBeTruthy();
    expect(calls('configureSso')[0].variables).toEqual({
      input: { workspaceId: 'w1', issuer: 'https://accounts.google.com', clientId: 'client-1', clientSecret: 'very-secret',
        allowedDomains: ['acme.com', 'acme.org'], defaultRole: 'EDITOR', enforceSso: true },
    });
    expect((screen.getByLabelText('Client secret') as HTMLInputElement).value).toBe('');
  });
});
