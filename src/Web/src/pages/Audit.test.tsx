import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockServer, type Operation } from '../test-utils';
import { AuditPage, buildAuditFilter } from './Audit';

const event = (sequence: number, type: string) => ({
  node: {
    sequence,
    type,
    recordedAt: '2024-05-01T10:00:00Z',
    actor: { id: 'u1', kind: 'USER', email: 'ada@example.com' },
    streamId: 'w1',
    data: { name: 'Research' },
    hash: 'abcdef0123456789abcdef',
  },
});

function auditServer(verification?: object) {
  return mockServer((op: Operation) => {
    if (op.query.includes('verifyAuditChain')) return { data: { verifyAuditChain: verification } };
    if (op.query.includes('auditActivity')) return { data: { auditActivity: { counts: [], countedThrough: null } } };
    const firstPage = !op.variables?.after;
    return {
      data: {
        workspace: { id: 'w1', name: 'Research' },
        auditEvents: {
          edges: firstPage ? [event(2, 'MemberInvited'), event(1, 'WorkspaceCreated')] : [event(0, 'UserCreated')],
          pageInfo: { hasNextPage: firstPage, endCursor: firstPage ? 'cursor-1' : null },
        },
      },
    };
  });
}

describe('buildAuditFilter', () => {
  it('splits and trims types and converts datetime-local values (local time) to UTC ISO', () => {
    // The tests run in Asia/Kolkata (UTC+05:30), see vite.config.ts.
    expect(
      buildAuditFilter({
        types: ' MemberInvited, ,WorkspaceCreated ,',
        actorId: ' u1 ',
        streamId: '',
        from: '2024-05-01T10:30',
        to: '2024-05-02T00:00',
      }),
    ).toEqual({
      types: ['MemberInvited', 'WorkspaceCreated'],
      actorId: 'u1',
      from: '2024-05-01T05:00:00.000Z',
      to: '2024-05-01T18:30:00.000Z',
    });
  });

  it('leaves the filter out when nothing is set', () => {
    expect(buildAuditFilter({ types: ' , ', actorId: '', streamId: ' ', from: '', to: '' })).toBeUndefined();
  });
});

describe('AuditPage', () => {
  it('renders events and sends the filter and the page cursor', async () => {
    const { calls } = auditServer();
    render(<AuditPage workspaceId="w1" />);

    const rows = await screen.findAllByTestId('audit-row');
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining('MemberInvited'),
      expect.stringContaining('WorkspaceCreated'),
    ]);
    expect(rows[0].textContent).toContain('ada@example.com');
    expect(rows[0].textContent).toContain('{"name":"Research"}');
    expect(screen.getAllByTitle('abcdef0123456789abcdef')[0].textContent).toBe('abcdef012345');
    expect(screen.getByRole('heading', { name: 'Activity (last 30 days)' })).toBeTruthy();
    expect(await screen.findByText('No events in the last 30 days.')).toBeTruthy();

    await userEvent.type(screen.getByLabelText('Event types'), 'MemberInvited, MemberRemoved');
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));
    await screen.findAllByTestId('audit-row');
    expect(calls('auditEvents').at(-1)!.variables).toEqual({
      workspaceId: 'w1',
      filter: { types: ['MemberInvited', 'MemberRemoved'] },
      after: null,
    });

    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect((await screen.findByText('UserCreated')).closest('tr')!.dataset.testid).toBe('audit-row');
    expect(calls('auditEvents').at(-1)!.variables).toMatchObject({ after: 'cursor-1' });
    expect(screen.getByRole('button', { name: 'Next page' })).toHaveProperty('disabled', true);

    await userEvent.click(screen.getByRole('button', { name: 'First page' }));
    expect(await screen.findByText('MemberInvited')).toBeTruthy();
    expect(calls('auditEvents').at(-1)!.variables).toMatchObject({ after: null });
  });

  it('shows where the chain is broken', async () => {
    auditServer({ valid: false, checkedEvents: 7, firstBrokenSequence: 5, headHash: null });
    render(<AuditPage workspaceId="w1" />);

    await userEvent.click(screen.getByRole('button', { name: 'Verify chain' }));

    const result = await screen.findByTestId('verify-result');
    expect(result.textContent).toContain('BROKEN at sequence 5');
    expect(result.textContent).not.toContain('valid');
  });

  it('shows a valid chain with its size and head hash prefix', async () => {
    auditServer({ valid: true, checkedEvents: 7, firstBrokenSequence: null, headHash: '0123456789abcdef0123' });
    render(<AuditPage workspaceId="w1" />);

    await userEvent.click(screen.getByRole('button', { name: 'Verify chain' }));

    expect((await screen.findByTestId('verify-result')).textContent).toBe(
      'Chain valid: 7 events checked, head 0123456789ab',
    );
  });
});
