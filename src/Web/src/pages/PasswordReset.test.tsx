import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PASSWORD_RULE } from '../PasswordRule';
import { gqlError, mockServer, render } from '../test-utils';
import { ForgotPasswordPage, ResetPasswordPage } from './PasswordReset';

describe('ForgotPasswordPage', () => {
  it('asks for a link and gives the same answer whether or not the account exists', async () => {
    const { calls } = mockServer((op) => ({
      data: { requestPasswordReset: { email: (op.variables!.input as { email: string }).email } },
    }));
    render(<ForgotPasswordPage />);

    await userEvent.type(screen.getByLabelText('Email'), 'ada@example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Send reset link' }));

    expect((await screen.findByRole('status')).textContent).toBe(
      'If an account exists for ada@example.com, we sent a link to choose a new password.',
    );
    const [call] = calls('requestPasswordReset(');
    expect(call.query).toContain('requestPasswordReset(input: $input) { email }');
    expect(call.variables).toEqual({ input: { email: 'ada@example.com' } });
  });
});

describe('ResetPasswordPage', () => {
  it('sets the new password with the token and signs in', async () => {
    const user = { id: 'u1', email: 'ada@example.com' };
    const { calls } = mockServer(() => ({ data: { resetPassword: { user } } }));
    const onSignedIn = vi.fn();
    render(<ResetPasswordPage token="reset-tok" onSignedIn={onSignedIn} />);

    expect(screen.getByText(PASSWORD_RULE)).toBeTruthy();
    await userEvent.type(screen.getByLabelText('New password'), 'plum tractor cloudy');
    await userEvent.click(screen.getByRole('button', { name: 'Set new password' }));

    const [call] = calls('resetPassword(');
    expect(call.query).toContain('resetPassword(input: $input) { user { id email } }');
    expect(call.variables).toEqual({ input: { token: 'reset-tok', password: 'plum tractor cloudy' } });
    expect(onSignedIn).toHaveBeenCalledWith(user);
  });

  it('shows an expired link and stays signed out', async () => {
    mockServer(() => gqlError('NOT_FOUND', 'This link has expired or was already used.'));
    const onSignedIn = vi.fn();
    render(<ResetPasswordPage token="old" onSignedIn={onSignedIn} />);

    await userEvent.type(screen.getByLabelText('New password'), 'plum tractor cloudy');
    await userEvent.click(screen.getByRole('button', { name: 'Set new password' }));

    expect((await screen.findByRole('alert')).textContent).toContain('expired');
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('refuses a link without a token', () => {
    render(<ResetPasswordPage token={null} onSignedIn={() => {}} />);
    expect(screen.getByRole('button', { name: 'Set new password' })).toHaveProperty('disabled', true);
  });
});
