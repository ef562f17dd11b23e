import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PASSWORD_RULE } from '../PasswordRule';
import { mockServer, render } from '../test-utils';
import { SessionsPage } from './Sessions';

describe('SessionsPage', () => {
  it('lists sessions and ends another one', async () => {
    const { calls } = mockServer((op) => op.query.includes('endSession')
      ? { data: { endSession: { endedSessionId: 's2' } } }
      : { data: { me: { id: 'u1', sessions: { edges: [
        { node: { id: 's1', createdAt: '2026-11-24T08:00:00Z', lastSeenAt: '2026-11-24T08:10:00Z', ipAddress: '10.0.0.1', userAgent: 'Firefox', current: true } },
        { node: { id: 's2', createdAt: '2026-11-23T08:00:00Z', lastSeenAt: '2026-11-23T09:00:00Z', ipAddress: '10.0.0.2', userAgent: 'Safari', current: false } },
      ] } } } });
    render(<SessionsPage />);

    expect(await screen.findAllByTestId('session-row')).toHaveLength(2);
    await userEvent.click(screen.getByRole('button', { name: 'End session' }));

    expect(calls('endSession')[0].variables).toEqual({ input: { sessionId: 's2' } });
    expect(await screen.findAllByTestId('session-row')).toHaveLength(1);
    expect(screen.getByText('this browser')).toBeTruthy();
  });

  it('shows the password rule with the new-password field', async () => {
    mockServer(() => ({ data: { me: { id: 'u1', sessions: { edges: [] } } } }));
    render(<SessionsPage />);

    const field = await screen.findByLabelText('New password');
    expect(document.getElementById(field.getAttribute('aria-describedby')!)?.textContent).toBe(PASSWORD_RULE);
  });
});
