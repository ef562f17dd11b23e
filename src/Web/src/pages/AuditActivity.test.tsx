import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { gqlError, mockServer, type Operation, render } from '../test-utils';
import { AuditActivityPanel, summarizeActivity } from './AuditActivity';

const activityServer = (auditActivity: object) =>
  mockServer((op: Operation) =>
    op.query.includes('auditActivity') ? { data: { auditActivity } } : { data: null },
  );

describe('summarizeActivity', () => {
  it('breaks a tie for the most frequent type by name', () => {
    expect(
      summarizeActivity([
        { day: '2024-05-02', type: 'MemberRemoved', events: 2 },
        { day: '2024-05-02', type: 'MemberInvited', events: '2' },
      ]),
    ).toEqual([{ day: '2024-05-02', total: 4, top: { type: 'MemberInvited', events: 2 } }]);
  });
});

describe('AuditActivityPanel', () => {
  it('shows each day newest first with its total and most frequent type', async () => {
    const { calls } = activityServer({
      counts: [
        // Longs may arrive as numbers or strings.
        { day: '2024-05-02', type: 'MemberInvited', events: 1 },
        { day: '2024-05-02', type: 'QueryExecuted', events: '12' },
        { day: '2024-05-02', type: 'SessionStarted', events: 2 },
        { day: '2024-05-01', type: 'MemberInvited', events: 4 },
        { day: '2024-05-01', type: 'WorkspaceCreated', events: '1' },
      ],
      countedThrough: '2024-05-02T10:15:00Z',
    });
    render(<AuditActivityPanel workspaceId="w1" />);

    const table = await screen.findByRole('table', { name: 'Activity (last 30 days)' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Day',
      'Events',
      'Most frequent',
    ]);
    const rows = within(table).getAllByTestId('activity-row');
    expect(rows.map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent))).toEqual([
      ['2024-05-02', '15', 'QueryExecuted (12)'],
      ['2024-05-01', '5', 'MemberInvited (4)'],
    ]);

    const countedThrough = screen.getByTestId('activity-counted-through');
    expect(countedThrough.textContent).toMatch(/^Counted through /);
    expect(countedThrough.querySelector('time')!.getAttribute('dateTime')).toBe('2024-05-02T10:15:00Z');
    expect(screen.queryByText('Nothing counted yet.')).toBeNull();

    expect(calls('auditActivity')).toHaveLength(1);
    expect(calls('auditActivity')[0].variables).toEqual({ workspaceId: 'w1', days: 30 });
  });

  it('says when nothing has been counted and there are no events', async () => {
    activityServer({ counts: [], countedThrough: null });
    render(<AuditActivityPanel workspaceId="w1" />);

    expect(await screen.findByText('Nothing counted yet.')).toBeTruthy();
    expect(screen.getByText('No events in the last 30 days.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByText(/Counted through/)).toBeNull();
  });

  it('shows a refused call through the error box', async () => {
    mockServer(() => gqlError('FORBIDDEN', 'You are not allowed to read the audit log of this workspace.'));
    render(<AuditActivityPanel workspaceId="w1" />);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('You are not allowed to read the audit log of this workspace.');
    expect(screen.queryByText('Loading…')).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByText('No events in the last 30 days.')).toBeNull();
  });
});
