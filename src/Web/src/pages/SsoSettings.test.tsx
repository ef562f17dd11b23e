import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { mockServer, render } from '../test-utils';
import { SsoSettingsPage } from './SsoSettings';

const domains = [
  { domain: 'acme.com', status: 'VERIFIED' },
  { domain: 'acme.org', status: 'VERIFIED' },
  { domain: 'pending.example', status: 'PENDING' },
];

function server(sso: unknown = null) {
  return mockServer((op) => op.query.includes('configureSso')
    ? { data: { configureSso: { workspace: { id: 'w1' } } } }
    : { data: { workspace: { id: 'w1', name: 'Research', sso, domains } } });
}

describe('SsoSettingsPage', () => {
  it('saves the Google provider for all verified domains by leaving allowedDomains out, and forgets the secret', async () => {
    const { calls } = server();
    render(<SsoSettingsPage workspaceId="w1" />);

    await userEvent.click(await screen.findByRole('button', { name: 'Google Workspace' }));
    expect(screen.getByText(/Single sign-on applies to your verified domains/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Domains' }).getAttribute('href')).toBe('/workspaces/w1/domains');
    expect(screen.getByLabelText<HTMLInputElement>('All verified domains').checked).toBe(true);
    // Only verified domains can be picked.
    expect(screen.getByLabelText('acme.com')).toBeTruthy();
    expect(screen.queryByLabelText('pending.example')).toBeNull();

    await userEvent.type(screen.getByLabelText('Client ID'), 'client-1');
    await userEvent.type(screen.getByLabelText('Client secret'), 'very-secret');
    await userEvent.selectOptions(screen.getByLabelText('Default role for new users'), 'EDITOR');
    await userEvent.click(screen.getByLabelText(/Enforce SSO/));
    await userEvent.click(screen.getByRole('button', { name: 'Save SSO settings' }));

    expect(await screen.findByText('Saved.')).toBeTruthy();
    const [call] = calls('configureSso');
    expect(call.variables).toEqual({
      input: { workspaceId: 'w1', issuer: 'https://accounts.google.com', clientId: 'client-1', clientSecret: 'very-secret',
        defaultRole: 'EDITOR', enforceSso: true },
    });
    expect(call.variables!.input).not.toHaveProperty('allowedDomains');
    expect((screen.getByLabelText('Client secret') as HTMLInputElement).value).toBe('');
  });

  it('restricts single sign-on to the verified domains ticked', async () => {
    const { calls } = server({ issuer: 'https://accounts.google.com', clientId: 'client-1', hasClientSecret: true,
      allowedDomains: null, defaultRole: 'VIEWER', enforceSso: false });
    render(<SsoSettingsPage workspaceId="w1" />);

    await userEvent.click(await screen.findByLabelText('Only the domains selected below'));
    await userEvent.click(screen.getByLabelText('acme.org'));
    await userEvent.click(screen.getByRole('button', { name: 'Save SSO settings' }));

    expect(await screen.findByText('Saved.')).toBeTruthy();
    expect(calls('configureSso')[0].variables).toEqual({
      input: { workspaceId: 'w1', issuer: 'https://accounts.google.com', clientId: 'client-1', clientSecret: null,
        allowedDomains: ['acme.org'], defaultRole: 'VIEWER', enforceSso: false },
    });
  });

  it('shows the saved selection and refuses an empty one without calling the server', async () => {
    const { calls } = server({ issuer: 'https://accounts.google.com', clientId: 'client-1', hasClientSecret: true,
      allowedDomains: ['acme.com'], defaultRole: 'VIEWER', enforceSso: false });
    render(<SsoSettingsPage workspaceId="w1" />);

    const acme = await screen.findByLabelText<HTMLInputElement>('acme.com');
    expect(acme.checked).toBe(true);
    expect(screen.getByLabelText<HTMLInputElement>('acme.org').checked).toBe(false);
    await userEvent.click(acme);
    await userEvent.click(screen.getByRole('button', { name: 'Save SSO settings' }));

    expect((await screen.findByRole('alert')).textContent).toContain('Choose at least one domain');
    expect(calls('configureSso')).toHaveLength(0);
  });

  it('gives the admin the sign-in link for linked accounts outside the verified domains, and copies it', async () => {
    server({ issuer: 'https://accounts.google.com', clientId: 'client-1', hasClientSecret: true,
      allowedDomains: [], defaultRole: 'VIEWER', enforceSso: false });
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<SsoSettingsPage workspaceId="V29ya3NwYWNlOjE=" />);

    const section = await screen.findByTestId('linked-sign-in');
    const link = `${window.location.origin}/sso/start?workspaceId=V29ya3NwYWNlOjE%3D`;
    expect(within(section).getByRole('heading', { level: 2, name: 'Sign-in link for linked accounts' })).toBeTruthy();
    expect(section.textContent).toContain('linked their account to your provider but whose address is outside your verified domains');
    expect(section.querySelector('code')?.textContent).toBe(link);
    // [] means all verified domains.
    expect(screen.getByLabelText<HTMLInputElement>('All verified domains').checked).toBe(true);

    await userEvent.click(within(section).getByRole('button', { name: 'Copy sign-in link' }));

    expect(writeText).toHaveBeenCalledWith(link);
    expect(await within(section).findByText('Copied')).toBeTruthy();
  });

  it('shows the sign-in link only once single sign-on is configured', async () => {
    server();
    render(<SsoSettingsPage workspaceId="w1" />);

    await userEvent.type(await screen.findByLabelText('Issuer URL'), 'https://idp.example');
    expect(screen.queryByTestId('linked-sign-in')).toBeNull();
    await userEvent.type(screen.getByLabelText('Client ID'), 'client-1');
    await userEvent.click(screen.getByRole('button', { name: 'Save SSO settings' }));

    expect(await screen.findByText('Saved.')).toBeTruthy();
    expect(screen.getByTestId('linked-sign-in').querySelector('code')?.textContent)
      .toBe(`${window.location.origin}/sso/start?workspaceId=w1`);
  });
});
