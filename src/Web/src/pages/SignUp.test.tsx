import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PASSWORD_RULE } from '../PasswordRule';
import { gqlError, mockServer, render } from '../test-utils';
import { SignUpPage } from './SignUp';

describe('SignUpPage', () => {
  it('sends the link and answers the same way for any address', async () => {
    const { calls } = mockServer((op) => ({ data: { signUp: { email: (op.variables!.input as { email: string }).email } } }));
    render(<SignUpPage token={null} onSignedIn={() => {}} />);

    expect(screen.getByRole('heading', { level: 1, name: 'Create an account' })).toBeTruthy();
    await userEvent.type(screen.getByLabelText('Email'), ' new@example.com ');
    await userEvent.click(screen.getByRole('button', { name: 'Send sign-up link' }));

    expect((await screen.findByRole('status')).textContent).toBe('Check your mail: we sent a link to new@example.com.');
    const [call] = calls('signUp(');
    expect(call.query).toContain('signUp(input: $input) { email }');
    expect(call.variables).toEqual({ input: { email: 'new@example.com' } });
    expect(screen.queryByLabelText('Email')).toBeNull();
    expect(screen.getByRole('link', { name: 'Back to sign in' }).getAttribute('href')).toBe('/signin');
  });

  it('shows a refused address and keeps the form', async () => {
    mockServer(() => gqlError('LIMIT_EXCEEDED', 'Too many requests; try again later.'));
    render(<SignUpPage token={null} onSignedIn={() => {}} />);

    await userEvent.type(screen.getByLabelText('Email'), 'new@example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Send sign-up link' }));

    expect((await screen.findByRole('alert')).textContent).toContain('Too many requests');
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByLabelText('Email')).toBeTruthy();
  });

  it('with the mailed token, chooses a password under the rule and signs in', async () => {
    const user = { id: 'u9', email: 'new@example.com' };
    const { calls } = mockServer(() => ({ data: { completeSignUp: { user } } }));
    const onSignedIn = vi.fn();
    render(<SignUpPage token="signup-tok" onSignedIn={onSignedIn} />);

    expect(screen.getByText(PASSWORD_RULE)).toBeTruthy();
    expect(screen.queryByLabelText('Email')).toBeNull();
    await userEvent.type(screen.getByLabelText('Password'), 'plum tractor cloudy');
    await userEvent.click(screen.getByRole('button', { name: 'Create account' }));

    const [call] = calls('completeSignUp(');
    expect(call.query).toContain('completeSignUp(input: $input) { user { id email } }');
    expect(call.variables).toEqual({ input: { token: 'signup-tok', password: 'plum tractor cloudy' } });
    expect(onSignedIn).toHaveBeenCalledWith(user);
  });
});
