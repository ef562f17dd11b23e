import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { gqlError, mockServer, type Operation, render } from '../test-utils';
import { AuditPage, auditExportHref, buildAuditFilter } from './Audit';

const event = (sequence: number, type: string) => ({
  node: {
    sequence,
    type,
    recordedAt: '2024-05-01T10:00:00Z',
    actor: { id: 'u1', kind: 'User', email: 'ada@example.com' },
    streamId: 'w1',
    data: { name: 'Research' },
    hash: 'abcdef0123456789abcdef',
    chainId: 'w1',
    chainPosition: sequence + 40,
    envelope: 1,
    metadata: { actorId: 'u1', actorKind: 'User', apiTokenId: null, ipAddress: '10.0.0.7' },
    people:
      type === 'MemberInvited'
        ? [{ id: '0c1d2e3f-0000-7000-8000-000000000001', kind: 'address', email: 'bob@example.com' }]
        : [],
  },
});

const verification = (overrides: object = {}) => ({
  valid: true,
  checkedEvents: 7,
  firstBrokenSequence: null,
  headHash: '0123456789abcdef0123',
  headPosition: 7,
  unanchoredEvents: 0,
  problem: null,
  checkpoint: {
    position: 7,
    hash: '0123456789abcdef0123',
    signedAt: '2024-05-01T10:00:00Z',
    keyId: 'local:3f2a',
    signatureValid: true,
    matches: true,
  },
  ...overrides,
});

const signedCheckpoint = {
  chainId: 'w1',
  position: 9,
  hash: 'fedcba9876543210fedcba',
  signedAt: '2024-05-01T10:05:00Z',
  keyId: 'local:3f2a',
  algorithm: 'ES256',
  signature: 'MEUCIQ==',
};

/** verify: the answer to verifyAuditChain (called each time); anchor: the body answering anchorAuditChain. */
function auditServer(verify?: object | (() => object), anchor?: () => object) {
  return mockServer((op: Operation) => {
    if (op.query.includes('anchorAuditChain')) return anchor?.();
    if (op.query.includes('verifyAuditChain')) {
      return { data: { verifyAuditChain: typeof verify === 'function' ? verify() : verify } };
    }
    if (op.query.includes('auditActivity')) return { data: { auditActivity: { counts: [], countedThrough: null } } };
    if (op.query.includes('members(')) {
      return {
        data: {
          workspace: {
            id: 'w1',
            members: {
              edges: [
                { node: { userId: 'u1', email: 'ada@example.com', role: 'ADMIN' } },
                { node: { userId: 'u2', email: 'grace@example.com', role: 'AUDITOR' } },
              ],
            },
          },
        },
      };
    }
    if (op.query.includes('auditEventTypes')) {
      return {
        data: {
          auditEventTypes: [
            { module: 'Access', types: ['MemberInvited', 'MemberRemoved', 'WorkspaceCreated'] },
            { module: 'Identity', types: ['UserCreated'] },
          ],
        },
      };
    }
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
  it('takes the chosen types and converts datetime-local values (local time) to UTC ISO', () => {
    // The tests run in Asia/Kolkata (UTC+05:30), see vite.config.ts.
    expect(
      buildAuditFilter({
        types: ['MemberInvited', 'WorkspaceCreated'],
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
    expect(buildAuditFilter({ types: [], actorId: '', streamId: ' ', from: '', to: '' })).toBeUndefined();
  });
});

describe('auditExportHref', () => {
  it('carries the workspace, the times, the types (comma-separated) and the format, URL-encoded', () => {
    expect(
      auditExportHref('w 1', { types: ['MemberInvited', 'Member&Removed'], actorId: 'u1', from: '2024-05-01T05:00:00.000Z' }, 'csv'),
    ).toBe('/audit/export?workspaceId=w+1&from=2024-05-01T05%3A00%3A00.000Z&types=MemberInvited%2CMember%26Removed&format=csv');
    expect(auditExportHref('w1', undefined, 'jsonl')).toBe('/audit/export?workspaceId=w1&format=jsonl');
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
    expect(rows[0].textContent).toContain('ada@example.com (directory, not hashed)');
    expect(rows[0].textContent).toContain('{"name":"Research"}');
    // The people the data names by id, resolved now; an event naming nobody lists nobody.
    expect(within(rows[0]).getByTestId('audit-people').textContent).toBe('0c1d2e3f = bob@example.com (address)');
    expect(within(rows[1]).queryByTestId('audit-people')).toBeNull();
    // The chain position comes first, then the event store's sequence.
    const cells = within(rows[0]).getAllByRole('cell');
    expect(cells[0].textContent).toBe('42');
    expect(cells[1].textContent).toBe('2');
    expect(screen.getByRole('columnheader', { name: 'Chain #' })).toBeTruthy();
    const metadata = within(rows[0]).getByTestId('audit-metadata');
    expect(within(metadata).getByText('Envelope v1')).toBeTruthy();
    expect(JSON.parse(metadata.querySelector('code')!.textContent!)).toEqual({
      actorId: 'u1',
      actorKind: 'User',
      apiTokenId: null,
      ipAddress: '10.0.0.7',
    });
    expect(screen.getAllByTitle('abcdef0123456789abcdef')[0].textContent).toBe('abcdef012345');
    expect(screen.getByRole('heading', { name: 'Activity (last 30 days)' })).toBeTruthy();
    expect(await screen.findByText('No events in the last 30 days.')).toBeTruthy();

    const types = screen.getByLabelText('Event types');
    await within(types).findByRole('option', { name: 'UserCreated' });
    expect(within(types).getByRole('group', { name: 'Access' })).toBeTruthy();
    await userEvent.selectOptions(types, ['MemberInvited', 'MemberRemoved']);
    const person = screen.getByLabelText('Person');
    await within(person).findByRole('option', { name: 'grace@example.com (AUDITOR)' });
    await userEvent.selectOptions(person, 'grace@example.com (AUDITOR)');
    expect((screen.getByLabelText('Actor ID') as HTMLInputElement).value).toBe('u2');
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));
    await screen.findAllByTestId('audit-row');
    expect(calls('auditEvents').at(-1)!.variables).toEqual({
      workspaceId: 'w1',
      filter: { types: ['MemberInvited', 'MemberRemoved'], actorId: 'u2' },
      after: null,
    });
    // An id that is no member's: the picker says so rather than "Anyone".
    await userEvent.clear(screen.getByLabelText('Actor ID'));
    await userEvent.type(screen.getByLabelText('Actor ID'), 'former-member');
    expect((person as HTMLSelectElement).selectedOptions[0].textContent).toBe('Someone else (the Actor ID)');
    await userEvent.clear(screen.getByLabelText('Actor ID'));

    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect((await screen.findByRole('cell', { name: 'UserCreated' })).closest('tr')!.dataset.testid).toBe('audit-row');
    expect(calls('auditEvents').at(-1)!.variables).toMatchObject({ after: 'cursor-1' });
    expect(screen.getByRole('button', { name: 'Next page' })).toHaveProperty('disabled', true);

    await userEvent.click(screen.getByRole('button', { name: 'First page' }));
    expect(await screen.findByRole('cell', { name: 'MemberInvited' })).toBeTruthy();
    expect(calls('auditEvents').at(-1)!.variables).toMatchObject({ after: null });
  });

  it('shows a valid chain with a matching checkpoint', async () => {
    auditServer(verification());
    render(<AuditPage workspaceId="w1" />);

    await userEvent.click(screen.getByRole('button', { name: 'Verify chain' }));

    expect((await screen.findByTestId('verify-result')).textContent).toBe(
      'Chain valid: 7 events checked, head 0123456789abcdef0123',
    );
    expect(screen.getByTestId('verify-checked').textContent).toBe('7');
    expect(screen.getByTestId('verify-head').textContent).toBe('7 (0123456789abcdef0123)'); // whole, never cut
    const checkpoint = screen.getByTestId('verify-checkpoint');
    expect(checkpoint.textContent).toContain('Position 7, signed');
    expect(checkpoint.textContent).toContain('key local:3f2a');
    expect(checkpoint.textContent).toContain('signature valid, matches the chain');
    expect(checkpoint.querySelector('time')!.getAttribute('dateTime')).toBe('2024-05-01T10:00:00Z');
    expect(screen.queryByTestId('verify-unanchored')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows why the chain is invalid and a checkpoint that does not match', async () => {
    auditServer(
      verification({
        valid: false,
        firstBrokenSequence: 5,
        problem: 'The chain disagrees with its signed checkpoint at position 7.',
        checkpoint: { ...verification().checkpoint, signatureValid: false, matches: false },
      }),
    );
    render(<AuditPage workspaceId="w1" />);

    await userEvent.click(screen.getByRole('button', { name: 'Verify chain' }));

    const result = await screen.findByTestId('verify-result');
    expect(result.getAttribute('role')).toBe('alert');
    expect(result.textContent).toBe(
      'Chain INVALID: The chain disagrees with its signed checkpoint at position 7. First broken event: sequence 5.',
    );
    expect(screen.getByTestId('verify-checkpoint').textContent).toContain(
      'signature INVALID, does not match the chain',
    );
  });

  it('says when no checkpoint was signed yet and how many events are not anchored', async () => {
    auditServer(verification({ checkpoint: null, unanchoredEvents: 3 }));
    render(<AuditPage workspaceId="w1" />);

    await userEvent.click(screen.getByRole('button', { name: 'Verify chain' }));

    expect((await screen.findByTestId('verify-checkpoint')).textContent).toBe('No signed checkpoint yet');
    expect(screen.getByTestId('verify-unanchored').textContent).toContain('3 events not yet anchored');
  });

  it('signs a checkpoint on demand, then verifies again', async () => {
    let anchored = false;
    const { calls } = auditServer(
      () => (anchored ? verification({ headPosition: 9, checkpoint: { ...verification().checkpoint, position: 9 } })
        : verification({ headPosition: 9, checkpoint: null, unanchoredEvents: 9 })),
      () => {
        anchored = true;
        return { data: { anchorAuditChain: { checkpoint: signedCheckpoint } } };
      },
    );
    render(<AuditPage workspaceId="w1" />);
    await userEvent.click(screen.getByRole('button', { name: 'Verify chain' }));
    expect((await screen.findByTestId('verify-unanchored')).textContent).toContain('9 events not yet anchored');

    await userEvent.click(screen.getByRole('button', { name: 'Sign checkpoint now' }));

    expect((await screen.findByTestId('anchor-result')).textContent).toContain(
      'Checkpoint signed at position 9 (key local:3f2a, ES256)',
    );
    expect(calls('anchorAuditChain').map((op) => op.variables)).toEqual([{ input: { workspaceId: 'w1' } }]);
    expect((await screen.findByTestId('verify-checkpoint')).textContent).toContain('Position 9, signed');
    expect(calls('verifyAuditChain')).toHaveLength(2);
    expect(screen.queryByTestId('verify-unanchored')).toBeNull();
  });

  it('shows why signing failed, with its code, and does not verify', async () => {
    const { calls } = auditServer(verification(), () =>
      gqlError('CONFLICT', 'The chain contradicts its signed checkpoint; it was not signed.'),
    );
    render(<AuditPage workspaceId="w1" />);

    await userEvent.click(screen.getByRole('button', { name: 'Sign checkpoint now' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'The chain contradicts its signed checkpoint; it was not signed. (CONFLICT)',
    );
    expect(screen.getByTestId('anchor-result').textContent).toBe('');
    expect(calls('verifyAuditChain')).toHaveLength(0);
  });

  it('links the exports to the applied filters', async () => {
    auditServer();
    render(<AuditPage workspaceId="w1" />);
    await screen.findAllByTestId('audit-row');

    const jsonl = screen.getByRole('link', { name: 'Download JSON lines' });
    const csv = screen.getByRole('link', { name: 'Download CSV' });
    expect(jsonl.getAttribute('href')).toBe('/audit/export?workspaceId=w1&format=jsonl');
    expect(jsonl.hasAttribute('download')).toBe(true);
    expect(csv.hasAttribute('download')).toBe(true);

    await within(screen.getByLabelText('Event types')).findByRole('option', { name: 'MemberRemoved' });
    await userEvent.selectOptions(screen.getByLabelText('Event types'), ['MemberInvited', 'MemberRemoved']);
    await userEvent.type(screen.getByLabelText('Actor ID'), 'u1');
    // The tests run in Asia/Kolkata (UTC+05:30).
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2024-05-01T10:30' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2024-05-02T00:00' } });
    // Not applied yet: the links still export what the table shows.
    expect(csv.getAttribute('href')).toBe('/audit/export?workspaceId=w1&format=csv');

    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));

    const filters =
      'from=2024-05-01T05%3A00%3A00.000Z&to=2024-05-01T18%3A30%3A00.000Z&types=MemberInvited%2CMemberRemoved';
    expect(jsonl.getAttribute('href')).toBe(`/audit/export?workspaceId=w1&${filters}&format=jsonl`);
    expect(csv.getAttribute('href')).toBe(`/audit/export?workspaceId=w1&${filters}&format=csv`);
    expect(screen.getByTestId('export-filter-note').textContent).toContain(
      'does not filter on the actor or the stream',
    );
    expect(screen.getByText(/Verify offline:/).textContent).toContain(
      'python3 tools/verify-audit.py <file> --public-key <key.pem>',
    );
  });
});
