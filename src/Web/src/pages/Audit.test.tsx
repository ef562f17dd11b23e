import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { gqlError, mockServer, type Operation, render } from '../test-utils';
import { AuditPage, auditExportHref, auditFilterFromSearch, auditFilterSearch, buildAuditFilter } from './Audit';

const BOB = '0c1d2e3f-0000-7000-8000-000000000001';
const PROJECT = 'p-3f2a1b2c-0000';
const CONNECTION = 'c-5c5c5c5c-0000';

const dataFor = (type: string): object => {
  switch (type) {
    case 'MemberInvited':
      return { workspaceId: 'w1', userId: BOB, role: 'Viewer', invitedBy: 'u1' };
    case 'WorkspaceCreated':
      return { workspaceId: 'w1', name: 'Research', createdBy: 'u1' };
    case 'ProjectShared':
      return { projectId: PROJECT, workspaceId: 'w1', userId: BOB, access: 'Edit', sharedBy: 'u1' };
    case 'ConnectionCreated':
      return {
        connectionId: CONNECTION,
        name: 'Sample shop',
        settings: { engine: 'Postgres', host: 'db.internal', port: 5432, database: 'shop' },
        password: { secretId: 's1', fingerprint: 'f1' },
      };
    default:
      return { name: 'Research' };
  }
};

const event = (sequence: number, type: string) => ({
  node: {
    sequence,
    type,
    recordedAt: '2024-05-01T10:00:00Z',
    actor: { id: 'u1', kind: 'User', email: 'ada@example.com', apiTokenId: null },
    streamId: type === 'ProjectShared' ? PROJECT : type === 'ConnectionCreated' ? CONNECTION : 'w1',
    streamVersion: 3,
    data: dataFor(type),
    ipAddress: '10.0.0.7',
    userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0',
    correlationId: 'corr-123',
    hash: 'abcdef0123456789abcdef',
    previousHash: '99887766554433221100ff',
    chainId: 'w1',
    chainPosition: sequence + 40,
    envelope: 1,
    metadata: { actorId: 'u1', actorKind: 'User', apiTokenId: null, ipAddress: '10.0.0.7' },
    people: ['MemberInvited', 'ProjectShared'].includes(type)
      ? [{ id: BOB, kind: 'user', email: 'bob@example.com' }]
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

/**
 * verify: the answer to verifyAuditChain (called each time); anchor: the body answering anchorAuditChain; one: the
 * answer to auditEvent(sequence).
 */
function auditServer(verify?: object | (() => object), anchor?: () => object, one?: (sequence: unknown) => object | null) {
  return mockServer((op: Operation) => {
    if (op.query.includes('auditEvent(')) return { data: { auditEvent: one ? one(op.variables?.sequence) : null } };
    if (op.query.includes('projects(')) {
      return {
        data: {
          workspace: { id: 'w1', name: 'Research', projects: { edges: [{ node: { id: PROJECT, name: 'Q3 review' } }] } },
        },
      };
    }
    if (op.query.includes('connections(')) {
      return { data: { workspace: { id: 'w1', connections: { edges: [{ node: { id: CONNECTION, name: 'Sample shop' } }] } } } };
    }
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
        auditEvents: {
          edges: firstPage
            ? [event(9, 'ProjectShared'), event(7, 'ConnectionCreated'), event(2, 'MemberInvited'), event(1, 'WorkspaceCreated')]
            : [event(0, 'UserCreated')],
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

describe('the filter in the address', () => {
  it('round-trips through the query string, ignoring blanks and times that are not times', () => {
    const filter = { types: ['MemberInvited', 'QueryExecuted'], actorId: 'u1', streamId: 'p1', from: '2024-05-01T05:00:00.000Z' };
    const search = auditFilterSearch(filter);
    expect(search.toString()).toBe('types=MemberInvited%2CQueryExecuted&actor=u1&resource=p1&from=2024-05-01T05%3A00%3A00.000Z');
    expect(auditFilterFromSearch(search)).toEqual(filter);
    expect(auditFilterFromSearch(new URLSearchParams('types=,&actor=%20&to=yesterday&event=5'))).toBeUndefined();
    expect(auditFilterSearch(undefined).toString()).toBe('');
  });
});

describe('auditExportHref', () => {
  it('carries the workspace, the times, the types (comma-separated), the person, the resource and the format, URL-encoded', () => {
    expect(
      auditExportHref('w 1', { types: ['MemberInvited', 'Member&Removed'], actorId: 'u1', from: '2024-05-01T05:00:00.000Z' }, 'csv'),
    ).toBe('/audit/export?workspaceId=w+1&from=2024-05-01T05%3A00%3A00.000Z&types=MemberInvited%2CMember%26Removed&actorId=u1&format=csv');
    expect(auditExportHref('w1', { streamId: 'p1' }, 'jsonl')).toBe('/audit/export?workspaceId=w1&streamId=p1&format=jsonl');
    expect(auditExportHref('w1', undefined, 'jsonl')).toBe('/audit/export?workspaceId=w1&format=jsonl');
  });
});

describe('AuditPage', () => {
  it('renders events as sentences, with the number, time and actor', async () => {
    auditServer();
    render(<AuditPage workspaceId="w1" />);

    const rows = await screen.findAllByTestId('audit-row');
    // Names come once from the workspace's projects and connections: wait for them.
    await within(rows[0]).findByText('ada@example.com shared “Q3 review” with bob@example.com at EDIT');
    expect(screen.getAllByTestId('audit-sentence').map((s) => s.textContent)).toEqual([
      'ada@example.com shared “Q3 review” with bob@example.com at EDIT',
      'ada@example.com created the connection “Sample shop” (PostgreSQL, db.internal:5432/shop)',
      'bob@example.com joined as VIEWER, invited by ada@example.com',
      'ada@example.com created the workspace “Research”',
    ]);
    const cells = within(rows[0]).getAllByRole('cell');
    expect(cells[0].textContent).toContain('ProjectShared'); // the type, as a label beside the sentence
    expect(cells[1].querySelector('time')!.getAttribute('dateTime')).toBe('2024-05-01T10:00:00Z');
    expect(cells[2].textContent).toBe('ada@example.com');
    expect(cells[3].textContent).toBe('9');
    // The recorded time is the viewer's: its zone is named (the tests run in Asia/Kolkata, which ICU may call Calcutta).
    expect(screen.getByRole('columnheader', { name: /^Recorded \(Asia\/(Kolkata|Calcutta)\)$/ })).toBeTruthy();
    // No raw JSON of ids until asked for.
    expect(rows[0].textContent).not.toContain('{');
    expect(screen.getByRole('table', { name: 'Events of this workspace, newest first' })).toBeTruthy();
    expect(screen.getByTestId('sequence-note').textContent).toContain(
      "Numbers are the log's global sequence; gaps are other workspaces' events",
    );
    expect(screen.getByRole('heading', { name: 'Activity (last 30 days)' })).toBeTruthy();
    expect(await screen.findByText('No events in the last 30 days.')).toBeTruthy();
  });

  it('reveals the raw event on demand: data and metadata as JSON, hashes whole, where and how it was recorded', async () => {
    auditServer();
    render(<AuditPage workspaceId="w1" />);
    const rows = await screen.findAllByTestId('audit-row');
    expect(screen.queryByTestId('audit-details')).toBeNull();

    const toggle = within(rows[1]).getByRole('button', { name: 'Details of event 7' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(toggle);

    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const details = screen.getByTestId('audit-details');
    expect(toggle.getAttribute('aria-controls')).toBe(details.closest('tr')!.id);
    expect(JSON.parse(within(details).getByTestId('audit-data').textContent!)).toEqual({
      connectionId: CONNECTION,
      name: 'Sample shop',
      settings: { engine: 'Postgres', host: 'db.internal', port: 5432, database: 'shop' },
      password: '[withheld]', // a credential's reference is never shown, whatever the event holds
    });
    expect(JSON.parse(within(details).getByTestId('audit-metadata').textContent!)).toEqual({
      actorId: 'u1',
      actorKind: 'User',
      apiTokenId: null,
      ipAddress: '10.0.0.7',
    });
    expect(within(details).getByTestId('audit-hash').textContent).toBe('abcdef0123456789abcdef');
    expect(within(details).getByTestId('audit-previous-hash').textContent).toBe('99887766554433221100ff');
    expect(details.textContent).toContain('47 in chain w1');
    expect(details.textContent).toContain('corr-123');
    expect(details.textContent).toContain('Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0');
    expect(details.textContent).toContain(`${CONNECTION} (the connection “Sample shop”), version 3`);

    // The people an event names by id, resolved now.
    await userEvent.click(within(rows[2]).getByRole('button', { name: 'Details of event 2' }));
    expect(within(rows[2].nextElementSibling as HTMLElement).getByTestId('audit-people').textContent).toBe(
      'user 0c1d2e3f… = bob@example.com',
    );

    await userEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getAllByTestId('audit-details')).toHaveLength(1);
  });

  it('sends the filter and the page cursor, and keeps the filter in the address', async () => {
    const { calls } = auditServer();
    render(<AuditPage workspaceId="w1" />);
    await screen.findAllByTestId('audit-row');

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
    expect(window.location.search).toBe('?types=MemberInvited%2CMemberRemoved&actor=u2');
    // An id that is no member's: the picker says so rather than "Anyone".
    await userEvent.clear(screen.getByLabelText('Actor ID'));
    await userEvent.type(screen.getByLabelText('Actor ID'), 'former-member');
    expect((person as HTMLSelectElement).selectedOptions[0].textContent).toBe('Someone else (the Actor ID)');
    await userEvent.clear(screen.getByLabelText('Actor ID'));

    await userEvent.click(screen.getByRole('button', { name: 'Older events' }));
    expect(await screen.findByText('UserCreated by ada@example.com')).toBeTruthy();
    expect(calls('auditEvents').at(-1)!.variables).toMatchObject({ after: 'cursor-1' });
    expect(screen.getByRole('button', { name: 'Older events' })).toHaveProperty('disabled', true);

    await userEvent.click(screen.getByRole('button', { name: 'Newest events' }));
    expect(await screen.findByText('ada@example.com created the workspace “Research”')).toBeTruthy();
    expect(calls('auditEvents').at(-1)!.variables).toMatchObject({ after: null });
  });

  it('opens with the filter of a shared address', async () => {
    window.history.replaceState(null, '', '/?types=MemberInvited&resource=c-5c5c5c5c-0000&from=2024-05-01T05%3A00%3A00.000Z');
    const { calls } = auditServer();
    render(<AuditPage workspaceId="w1" />);
    await screen.findAllByTestId('audit-row');

    expect(calls('auditEvents')[0].variables).toEqual({
      workspaceId: 'w1',
      filter: { types: ['MemberInvited'], streamId: 'c-5c5c5c5c-0000', from: '2024-05-01T05:00:00.000Z' },
      after: null,
    });
    // The form shows it: the From time in the viewer's zone (Asia/Kolkata), the resource by name.
    expect((screen.getByLabelText('From') as HTMLInputElement).value).toBe('2024-05-01T10:30');
    expect((screen.getByLabelText('Resource ID') as HTMLInputElement).value).toBe('c-5c5c5c5c-0000');
    const resource = screen.getByLabelText('Resource') as HTMLSelectElement;
    await within(resource).findByRole('option', { name: 'Sample shop' });
    expect(resource.selectedOptions[0].textContent).toBe('Sample shop');
    expect(screen.getByRole('link', { name: 'Export CSV' }).getAttribute('href')).toBe(
      '/audit/export?workspaceId=w1&from=2024-05-01T05%3A00%3A00.000Z&types=MemberInvited&streamId=c-5c5c5c5c-0000&format=csv',
    );
  });

  it('filters on a project or connection picked by name (its stream), or any resource id', async () => {
    const { calls } = auditServer();
    render(<AuditPage workspaceId="w1" />);
    await screen.findAllByTestId('audit-row');

    const resource = screen.getByLabelText('Resource');
    expect(within(resource).getByRole('option', { name: 'Any resource' })).toBeTruthy();
    await within(resource).findByRole('option', { name: 'Q3 review' });
    expect(within(resource).getByRole('group', { name: 'Projects' })).toBeTruthy();
    expect(within(resource).getByRole('group', { name: 'Connections' })).toBeTruthy();
    await userEvent.selectOptions(resource, 'Q3 review');
    expect((screen.getByLabelText('Resource ID') as HTMLInputElement).value).toBe(PROJECT);
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));
    await screen.findAllByTestId('audit-row');
    expect(calls('auditEvents').at(-1)!.variables).toEqual({ workspaceId: 'w1', filter: { streamId: PROJECT }, after: null });
    expect(new URLSearchParams(window.location.search).get('resource')).toBe(PROJECT);

    await userEvent.clear(screen.getByLabelText('Resource ID'));
    await userEvent.type(screen.getByLabelText('Resource ID'), 'some-file-id');
    expect((resource as HTMLSelectElement).selectedOptions[0].textContent).toBe('Something else (the Resource ID)');
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));
    await screen.findAllByTestId('audit-row');
    expect(calls('auditEvents').at(-1)!.variables).toMatchObject({ filter: { streamId: 'some-file-id' } });
  });

  it('links each event to its own address', async () => {
    auditServer();
    render(<AuditPage workspaceId="w1" />);
    const rows = await screen.findAllByTestId('audit-row');
    expect(within(rows[0]).getByRole('link', { name: 'Link to event 9' }).getAttribute('href')).toBe(
      '/workspaces/w1/audit?event=9',
    );
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

    const jsonl = screen.getByRole('link', { name: 'Export JSONL' });
    const csv = screen.getByRole('link', { name: 'Export CSV' });
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
      'from=2024-05-01T05%3A00%3A00.000Z&to=2024-05-01T18%3A30%3A00.000Z&types=MemberInvited%2CMemberRemoved&actorId=u1';
    expect(jsonl.getAttribute('href')).toBe(`/audit/export?workspaceId=w1&${filters}&format=jsonl`);
    expect(csv.getAttribute('href')).toBe(`/audit/export?workspaceId=w1&${filters}&format=csv`);
    // Still there, with the same filter, after a reload of the shared address.
    expect(window.location.search).toContain('types=MemberInvited%2CMemberRemoved');
    expect(screen.getByTestId('export-filter-note').textContent).toContain(
      'every applied filter (types, times, person, resource)',
    );
    expect(screen.getByText(/Verify offline:/).textContent).toContain(
      'python3 tools/verify-audit.py <file> --public-key <key.pem>',
    );
  });

  it('shows one event opened by its link, expanded, with a way back to the full log', async () => {
    window.history.replaceState(null, '', '/workspaces/w1/audit?event=7');
    const { calls } = auditServer(undefined, undefined, (sequence) => (sequence === 7 ? event(7, 'ConnectionCreated').node : null));
    render(<AuditPage workspaceId="w1" />);

    const one = await screen.findByTestId('audit-event');
    expect(calls('auditEvent(').map((op) => op.variables)).toEqual([{ workspaceId: 'w1', sequence: 7 }]);
    expect(calls('auditEvents')).toHaveLength(0);
    expect(screen.getByRole('heading', { name: 'Event 7' })).toBeTruthy();
    expect(within(one).getByTestId('audit-sentence').textContent).toBe(
      'ada@example.com created the connection “Sample shop” (PostgreSQL, db.internal:5432/shop)',
    );
    // Expanded: the raw envelope is there without a click.
    expect(within(one).getByTestId('audit-hash').textContent).toBe('abcdef0123456789abcdef');
    expect(JSON.parse(within(one).getByTestId('audit-data').textContent!)).toMatchObject({ name: 'Sample shop' });
    expect(within(one).getByRole('button', { name: 'Copy link' })).toBeTruthy();

    await userEvent.click(screen.getByRole('link', { name: 'Back to the full log' }));
    expect(window.location.pathname + window.location.search).toBe('/workspaces/w1/audit');
    expect(await screen.findAllByTestId('audit-row')).toHaveLength(4);
    expect(screen.queryByTestId('audit-event')).toBeNull();
  });

  it('goes from a row to its event by the row\'s link', async () => {
    window.history.replaceState(null, '', '/workspaces/w1/audit');
    const { calls } = auditServer(undefined, undefined, (sequence) => event(Number(sequence), 'ProjectShared').node);
    render(<AuditPage workspaceId="w1" />);
    const rows = await screen.findAllByTestId('audit-row');

    await userEvent.click(within(rows[0]).getByRole('link', { name: 'Link to event 9' }));

    expect(await screen.findByTestId('audit-event')).toBeTruthy();
    expect(window.location.search).toBe('?event=9');
    expect(calls('auditEvent(').at(-1)!.variables).toEqual({ workspaceId: 'w1', sequence: 9 });
  });

  it('says when the log has no event with that number, or the number is not one', async () => {
    window.history.replaceState(null, '', '/workspaces/w1/audit?event=12345');
    auditServer(undefined, undefined, () => null);
    const { unmount } = render(<AuditPage workspaceId="w1" />);

    expect((await screen.findByTestId('audit-event-missing')).textContent).toBe(
      "No event with number 12345 in this workspace's log.",
    );
    expect(screen.getByRole('link', { name: 'Back to the full log' }).getAttribute('href')).toBe('/workspaces/w1/audit');
    unmount();

    window.history.replaceState(null, '', '/workspaces/w1/audit?event=abc');
    const { calls } = auditServer();
    render(<AuditPage workspaceId="w1" />);
    expect(screen.getByRole('alert').textContent).toBe('“abc” is not an event number.');
    expect(calls('auditEvent(')).toHaveLength(0);
  });
});
