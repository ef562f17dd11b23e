import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PASSWORD_RULE } from '../PasswordRule';
import { browser } from '../browser';
import { gqlError, mockServer, render } from '../test-utils';
import { EXPIRY_FORMAT, InvitePage, SignInPage } from './Auth';
import { SSO_ERRORS } from './SsoError';

const user = { id: 'u1', email: 'ada@example.com' };
const preview = {
  email: 'bob@acme.test', workspaceName: 'Acme', role: 'EDITOR', projectName: null, access: null,
  invitedByEmail: 'alice@acme.test', expiresAt: '2026-12-01T10:00:00Z', status: 'PENDING',
};

function signInAt(search: string) {
  window.history.replaceState(null, '', `/signin${search}`);
  render(<SignInPage onSignedIn={() => {}} />);
}

describe('SignInPage', () => {
  it.each(Object.entries(SSO_ERRORS))('shows the fixed message for sso_error=%s', (code, message) => {
    signInAt(`?sso_error=${code}`);
    expect(screen.getByTestId('sso-error').textContent).toBe(message);
  });

  it.each(['<script>alert(1)</script>', 'The provider answered: evil.com says hi', 'constructor', '__proto__', ''])(
    'never shows the raw parameter %j: an unknown code gets the failed message',
    (raw) => {
      signInAt(`?sso_error=${encodeURIComponent(raw)}`);
      expect(screen.getByTestId('sso-error').textContent).toBe(SSO_ERRORS.failed);
      if (raw) expect(document.body.textContent).not.toContain(raw);
      expect(document.querySelector('script')).toBeNull();
    },
  );

  it('tells a person whose account exists how to link single sign-on', () => {
    signInAt('?sso_error=not_allowed');
    const text = screen.getByTestId('sso-error').textContent!;
    expect(text).toContain('sign in with your password');
    expect(text).toContain('open the workspace');
    expect(text).toContain('“Link single sign-on”');
  });

  it('sends the browser to the server to sign in with single sign-on', async () => {
    const assign = vi.spyOn(browser, 'assign').mockImplementation(() => {});
    signInAt('');

    await userEvent.type(screen.getByLabelText('Work email'), ' ada+sso@example.com ');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in with SSO' }));

    expect(assign).toHaveBeenCalledWith('/sso/start?email=ada%2Bsso%40example.com');
  });

  it('shows no SSO alert without the parameter, and links to sign-up and the forgotten password', () => {
    signInAt('');
    expect(screen.queryByTestId('sso-error')).toBeNull();
    expect(screen.getByRole('link', { name: 'Create an account' }).getAttribute('href')).toBe('/signup');
    expect(screen.getByRole('link', { name: 'Forgot password?' }).getAttribute('href')).toBe('/forgot-password');
    expect(screen.queryByText(PASSWORD_RULE)).toBeNull();
  });
});

describe('InvitePage', () => {
  it('shows the password rule before any error and joins with the token and the chosen password', async () => {
    const { calls } = mockServer(() => ({ data: { acceptInvitation: { user } } }));
    const onSignedIn = vi.fn();
    render(<InvitePage token="tok-1" onSignedIn={onSignedIn} />);

    const password = screen.getByLabelText('Password');
    expect(screen.getByText(PASSWORD_RULE)).toBeTruthy();
    expect(document.getElementById(password.getAttribute('aria-describedby')!)?.textContent).toBe(PASSWORD_RULE);
    expect(password.getAttribute('autocomplete')).toBe('new-password');
    expect(screen.queryByRole('alert')).toBeNull();

    await userEvent.type(password, 'plum tractor cloudy');
    await userEvent.click(screen.getByRole('button', { name: 'Join' }));

    const [call] = calls('acceptInvitation(');
    expect(call.query).toContain('acceptInvitation(input: $input) { user { id email } }');
    expect(call.variables).toEqual({ input: { token: 'tok-1', password: 'plum tractor cloudy' } });
    expect(onSignedIn).toHaveBeenCalledWith(user);
  });

  it('shows a refused password next to the rule', async () => {
    mockServer((op) => op.query.includes('invitationPreview(')
      ? { data: { invitationPreview: preview } }
      : gqlError('VALIDATION_FAILED', 'The input is not valid.', [{ field: 'password', message: 'Too easy to guess.' }]));
    const onSignedIn = vi.fn();
    render(<InvitePage token="tok-1" onSignedIn={onSignedIn} />);

    await userEvent.type(screen.getByLabelText('Password'), 'password1234');
    await userEvent.click(screen.getByRole('button', { name: 'Join' }));

    expect((await screen.findByRole('alert')).textContent).toContain('Too easy to guess.');
    expect(screen.getByText(PASSWORD_RULE)).toBeTruthy();
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('refuses a link without a token', () => {
    const { fetchMock } = mockServer(() => ({}));
    render(<InvitePage token={null} onSignedIn={() => {}} />);

    expect(screen.getByRole('alert').textContent).toContain('no token');
    expect(screen.getByRole('button', { name: 'Join' })).toHaveProperty('disabled', true);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('names the workspace, the role, the inviter, the address and the expiry before the password', async () => {
    const { calls } = mockServer((op) => op.query.includes('invitationPreview(')
      ? { data: { invitationPreview: preview } }
      : { data: { acceptInvitation: { user } } });
    render(<InvitePage token="tok-1" onSignedIn={() => {}} />);

    const summary = await screen.findByTestId('invitation-summary');
    expect(summary.textContent).toContain('alice@acme.test invited you to join Acme as EDITOR.');
    expect(within(summary).getByText('Acme').tagName).toBe('STRONG');
    expect(summary.textContent).toContain('This invitation is for bob@acme.test and expires');
    const expiry = summary.querySelector('time')!;
    expect(expiry.getAttribute('dateTime')).toBe('2026-12-01T10:00:00Z');
    expect(expiry.textContent).toBe(new Date('2026-12-01T10:00:00Z').toLocaleString(undefined, EXPIRY_FORMAT));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Join Acme');
    expect(calls('invitationPreview(')[0].variables).toEqual({ token: 'tok-1' });
    expect(screen.getByLabelText('Password')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('names the project and the access of a guest invitation', async () => {
    mockServer(() => ({ data: { invitationPreview: { ...preview, role: null, projectName: 'Churn', access: 'EXECUTE' } } }));
    render(<InvitePage token="tok-1" onSignedIn={() => {}} />);

    expect((await screen.findByTestId('invitation-summary')).textContent)
      .toContain('alice@acme.test invited you to the project “Churn” in Acme with EXECUTE access.');
  });

  it("shows the server's message and no password form for an unknown, used or expired link", async () => {
    const { calls } = mockServer(() => gqlError('NOT_FOUND', 'This invitation link is not valid any more: ask for a new one.'));
    render(<InvitePage token="tok-old" onSignedIn={() => {}} />);

    expect((await screen.findByRole('alert')).textContent).toBe('This invitation link is not valid any more: ask for a new one.');
    expect(screen.queryByLabelText('Password')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Join' })).toBeNull();
    expect(calls('acceptInvitation(')).toHaveLength(0);
  });
});
