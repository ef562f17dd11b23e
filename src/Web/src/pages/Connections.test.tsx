import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { gqlError, mockServer, type Operation, render } from '../test-utils';
import { ConnectionsPage } from './Connections';

const SECRET = 'Hunter2-Very-Secret';
const warehouse = {
  id: 'c1', name: 'Warehouse', engine: 'POSTGRES', host: 'db.internal', port: 5432, database: 'analytics', username: 'reader',
  sslMode: 'REQUIRE', allowMd5: false, perPersonCredentials: false, myCredentials: null, hasPassword: true, credentialsFingerprint: '0123456789abcdef', credentialsRotatedAt: '2026-11-24T08:00:00Z', myAccess: false,
  guardrails: { allowWrites: false, timeoutSeconds: null, maxRows: 5000, maxBytes: null }, cachePolicy: { mode: 'OFF', ttlSeconds: null },
};

const perPerson = {
  ...warehouse, id: 'c5', name: 'Ledger', username: null, hasPassword: false, credentialsFingerprint: null, credentialsRotatedAt: null,
  perPersonCredentials: true, myCredentials: null, myAccess: true,
};

function server(extra: (op: Operation) => unknown = () => undefined, myRole = 'ADMIN') {
  return mockServer((op) => {
    const answer = extra(op);
    if (answer) return answer;
    return {
      data: {
        workspace: {
          id: 'w1', name: 'Research', myRole,
          connections: { edges: [{ node: { ...warehouse, myAccess: myRole !== 'ADMIN' } }] },
          members: { edges: ['bob', 'cy', 'dee'].map((name, i) => ({ node: { userId: `u${i + 2}`, email: `${name}@example.com` } })) },
        },
      },
    };
  });
}

/** The workspace as an EDITOR sees it, with this one connection. */
function editorWorkspace(connection: object) {
  return { data: { workspace: { id: 'w1', name: 'Research', myRole: 'EDITOR', connections: { edges: [{ node: connection }] }, members: { edges: [] } } } };
}

/** Types a member's own credentials into their form and saves. */
async function saveMine(mine: HTMLElement) {
  await userEvent.type(within(mine).getByLabelText('Database user name'), 'alice');
  await userEvent.type(within(mine).getByLabelText('Database password'), SECRET);
  await userEvent.click(within(mine).getByRole('button', { name: 'Save' }));
}

async function renderPage() {
  render(<ConnectionsPage workspaceId="w1" />);
  await screen.findByTestId('connections-table');
}

describe('ConnectionsPage', () => {
  it('lets an admin set the workspace query defaults, empty meaning the server value', async () => {
    const { calls } = server((op) => {
      if (op.query.includes('querySettings')) {
        return { data: { workspace: { querySettings: { timeoutSeconds: 60, maxRows: 10000, maxCacheTtlSeconds: 86400, ownTimeoutSeconds: null, ownMaxRows: null, ownMaxCacheTtlSeconds: 600 } } } };
      }
      return op.query.includes('updateWorkspaceQuerySettings') && { data: { updateWorkspaceQuerySettings: { workspace: { id: 'w1' } } } };
    });
    await renderPage();

    const defaults = await screen.findByTestId('query-defaults');
    await userEvent.click(within(defaults).getByText('Workspace query defaults'));
    expect(within(defaults).getByLabelText('Default max rows').getAttribute('placeholder')).toBe('10000');
    expect((within(defaults).getByLabelText('Longest cache TTL (seconds)') as HTMLInputElement).value).toBe('600');
    await userEvent.type(within(defaults).getByLabelText('Default max rows'), '500');
    await userEvent.clear(within(defaults).getByLabelText('Longest cache TTL (seconds)'));
    await userEvent.click(within(defaults).getByRole('button', { name: 'Save defaults' }));

    expect((await within(defaults).findByRole('status')).textContent).toBe('Saved.');
    expect(calls('updateWorkspaceQuerySettings')[0].variables).toEqual({
      input: { workspaceId: 'w1', defaultTimeoutSeconds: null, defaultMaxRows: 500, maxCacheTtlSeconds: null },
    });
  });

  it('shows no query defaults to members who are not admins', async () => {
    server(undefined, 'EDITOR');
    await renderPage();

    expect(screen.queryByTestId('query-defaults')).toBeNull();
  });

  it('defaults to verified TLS and SCRAM only, and says so when an admin lowers either', async () => {
    const { calls } = server((op) => op.query.includes('createConnection') && {
      data: { createConnection: { connection: { ...warehouse, id: 'c3', name: 'Legacy' } } },
    });
    await renderPage();

    expect(screen.getByLabelText<HTMLSelectElement>('SSL mode').value).toBe('VERIFY_FULL');
    expect(screen.queryByRole('note')).toBeNull();
    await userEvent.type(screen.getByLabelText('Connection name'), 'Legacy');
    await userEvent.type(screen.getByLabelText('Host'), 'legacy.internal');
    await userEvent.type(screen.getByLabelText('Database'), 'old');
    await userEvent.click(screen.getByLabelText('Allow MD5 login'));
    expect(screen.getByRole('note').textContent).toContain('Lowered protection');
    await userEvent.click(screen.getByRole('button', { name: 'Create connection' }));

    expect(await screen.findByText('Legacy')).toBeTruthy();
    expect(calls('createConnection')[0].variables).toMatchObject({ input: { sslMode: 'VERIFY_FULL', allowMd5: true } });
  });

  it('creates a connection with the typed values, then forgets the password', async () => {
    const { calls } = server((op) => op.query.includes('createConnection') && {
      data: { createConnection: { connection: { ...warehouse, id: 'c2', name: 'Sales' } } },
    });
    await renderPage();

    await userEvent.type(screen.getByLabelText('Connection name'), 'Sales');
    await userEvent.type(screen.getByLabelText('Host'), 'sales.internal');
    await userEvent.clear(screen.getByLabelText('Port'));
    await userEvent.type(screen.getByLabelText('Port'), '6543');
    await userEvent.type(screen.getByLabelText('Database'), 'sales');
    await userEvent.type(screen.getByLabelText('Username'), 'app');
    await userEvent.type(screen.getByLabelText('Password'), SECRET);
    await userEvent.selectOptions(screen.getByLabelText('SSL mode'), 'VERIFY_FULL');
    await userEvent.click(screen.getByRole('button', { name: 'Create connection' }));

    expect(await screen.findByText('Sales')).toBeTruthy();
    expect(calls('createConnection')[0].variables).toEqual({
      input: { workspaceId: 'w1', name: 'Sales', engine: 'POSTGRES', host: 'sales.internal', port: 6543, database: 'sales',
        username: 'app', password: SECRET, sslMode: 'VERIFY_FULL', allowMd5: false },
    });
    expect(screen.getByLabelText<HTMLInputElement>('Password').value).toBe('');
    expect(screen.getAllByTestId('connection-row')).toHaveLength(2);
    expect(document.body.innerHTML).not.toContain(SECRET);
  });

  it('forgets the password when the server refuses the connection too', async () => {
    server((op) => op.query.includes('createConnection') && gqlError('CONFLICT', 'A connection named Warehouse exists.'));
    await renderPage();

    await userEvent.type(screen.getByLabelText('Connection name'), 'Warehouse');
    await userEvent.type(screen.getByLabelText('Host'), 'db.internal');
    await userEvent.type(screen.getByLabelText('Database'), 'analytics');
    await userEvent.type(screen.getByLabelText('Password'), SECRET);
    await userEvent.click(screen.getByRole('button', { name: 'Create connection' }));

    expect((await screen.findByRole('alert')).textContent).toContain('A connection named Warehouse exists.');
    expect(screen.getByLabelText<HTMLInputElement>('Password').value).toBe('');
    expect(screen.getByLabelText<HTMLInputElement>('Connection name').value).toBe('Warehouse');
  });

  it('shows only when a password was set and its fingerprint, never a password', async () => {
    server();
    await renderPage();

    const row = screen.getByTestId('connection-row');
    expect(row.textContent).toContain('set on');
    expect(row.textContent).toContain('0123456789abcdef');
    expect(row.querySelector('input')).toBeNull();
  });

  it('hides host, port, SSL and the account for DuckDB and sends the database path only', async () => {
    const { calls } = server((op) => op.query.includes('createConnection') && {
      data: { createConnection: { connection: { ...warehouse, id: 'c2', engine: 'DUCKDB', host: null, port: null, sslMode: null } } },
    });
    await renderPage();

    await userEvent.type(screen.getByLabelText('Username'), 'typed-before-switching');
    await userEvent.selectOptions(screen.getByLabelText('Engine'), 'DUCKDB');
    expect(screen.queryByLabelText('Username')).toBeNull();
    expect(screen.queryByLabelText('Password')).toBeNull();
    expect(screen.queryByLabelText('Host')).toBeNull();
    expect(screen.queryByLabelText('Port')).toBeNull();
    expect(screen.queryByLabelText('SSL mode')).toBeNull();

    await userEvent.type(screen.getByLabelText('Connection name'), 'Scratch');
    await userEvent.type(screen.getByLabelText('Database'), ':memory:');
    await userEvent.click(screen.getByRole('button', { name: 'Create connection' }));

    expect(calls('createConnection')[0].variables).toEqual({
      input: { workspaceId: 'w1', name: 'Scratch', engine: 'DUCKDB', database: ':memory:', username: null, password: null },
    });
  });

  it('tests a connection and shows the driver message', async () => {
    const { calls } = server((op) => op.query.includes('testConnection') && {
      data: { testConnection: { success: false, message: 'password authentication failed for user "reader"' } },
    });
    await renderPage();

    await userEvent.click(screen.getByRole('button', { name: 'Test' }));

    expect((await screen.findByTestId('test-result')).textContent).toContain('password authentication failed');
    expect(calls('testConnection')[0].variables).toEqual({ input: { connectionId: 'c1' } });
  });

  it('grants a member access and revokes a grant with the connection and user ids', async () => {
    const { calls } = server((op) => {
      if (op.query.includes('grants(')) {
        return { data: { connection: { id: 'c1', grants: { edges: [{ node: { userId: 'u3', email: 'cy@example.com', grantedAt: '2026-11-24T08:00:00Z' } }] } } } };
      }
      if (op.query.includes('grantConnectionAccess')) return { data: { grantConnectionAccess: { connection: { id: 'c1' } } } };
      if (op.query.includes('revokeConnectionAccess')) return { data: { revokeConnectionAccess: { connection: { id: 'c1' } } } };
      return undefined;
    });
    await renderPage();
    await userEvent.click(screen.getByRole('button', { name: 'Grants' }));
    const grants = await screen.findByTestId('grants');

    await userEvent.selectOptions(within(grants).getByLabelText('Member to grant'), 'u4');
    await userEvent.click(within(grants).getByRole('button', { name: 'Grant access' }));

    expect(await within(grants).findByText(/dee@example.com/)).toBeTruthy();
    expect(calls('grantConnectionAccess')[0].variables).toEqual({ input: { connectionId: 'c1', userId: 'u4' } });

    const cy = within(grants).getByText(/cy@example.com/).closest('li')!;
    await userEvent.click(within(cy).getByRole('button', { name: 'Revoke' }));

    expect(calls('revokeConnectionAccess')[0].variables).toEqual({ input: { connectionId: 'c1', userId: 'u3' } });
    expect(within(grants).getAllByRole('listitem').map((li) => li.textContent)).toEqual([expect.stringContaining('dee@example.com')]);
  });

  it('saves guardrails, sending empty limits as null (the workspace default)', async () => {
    const { calls } = server((op) => op.query.includes('setConnectionGuardrails') && { data: { setConnectionGuardrails: { connection: { id: 'c1' } } } });
    await renderPage();
    await userEvent.click(screen.getByRole('button', { name: 'Guardrails' }));
    const form = await screen.findByTestId('guardrails');

    expect(within(form).getByLabelText<HTMLInputElement>('Max rows').value).toBe('5000');
    await userEvent.click(within(form).getByRole('checkbox', { name: 'Allow writes' }));
    await userEvent.type(within(form).getByLabelText('Timeout (seconds)'), '30');
    await userEvent.clear(within(form).getByLabelText('Max rows'));
    await userEvent.type(within(form).getByLabelText('Max bytes'), '10485760');
    await userEvent.click(within(form).getByRole('button', { name: 'Save guardrails' }));

    expect(calls('setConnectionGuardrails')[0].variables).toEqual({
      input: { connectionId: 'c1', allowWrites: true, timeoutSeconds: 30, maxRows: null, maxBytes: 10485760 },
    });
    expect(await within(screen.getByTestId('connection-row')).findByText('writes allowed')).toBeTruthy();
    expect(screen.queryByTestId('guardrails')).toBeNull();
  });

  it('shows the field errors when guardrails are refused', async () => {
    server((op) => op.query.includes('setConnectionGuardrails')
      && gqlError('VALIDATION_FAILED', 'Invalid guardrails.', [{ field: 'timeoutSeconds', message: 'At most 600 (the workspace maximum).' }]));
    await renderPage();
    await userEvent.click(screen.getByRole('button', { name: 'Guardrails' }));
    const form = await screen.findByTestId('guardrails');

    await userEvent.type(within(form).getByLabelText('Timeout (seconds)'), '9000');
    await userEvent.click(within(form).getByRole('button', { name: 'Save guardrails' }));

    expect((await within(form).findByRole('alert')).textContent).toContain('timeoutSeconds: At most 600');
    expect(screen.getByTestId('guardrails')).toBeTruthy();
  });

  it('sets a TTL cache policy, then switches it off', async () => {
    const { calls } = server((op) => op.query.includes('setCachePolicy') && { data: { setCachePolicy: { connection: { id: 'c1' } } } });
    await renderPage();
    await userEvent.click(screen.getByRole('button', { name: 'Result cache' }));
    let panel = await screen.findByTestId('result-cache');

    expect(within(panel).queryByLabelText('TTL (seconds)')).toBeNull();
    await userEvent.selectOptions(within(panel).getByLabelText('Cache mode'), 'TTL');
    await userEvent.clear(within(panel).getByLabelText('TTL (seconds)'));
    await userEvent.type(within(panel).getByLabelText('TTL (seconds)'), '900');
    await userEvent.click(within(panel).getByRole('button', { name: 'Save cache policy' }));

    expect(calls('setCachePolicy')[0].variables).toEqual({ input: { connectionId: 'c1', mode: 'TTL', ttlSeconds: 900 } });
    expect(await within(screen.getByTestId('connection-row')).findByText('cached 900 s')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Result cache' }));
    panel = await screen.findByTestId('result-cache');
    expect(within(panel).getByLabelText<HTMLInputElement>('TTL (seconds)').value).toBe('900');
    await userEvent.selectOptions(within(panel).getByLabelText('Cache mode'), 'OFF');
    await userEvent.click(within(panel).getByRole('button', { name: 'Save cache policy' }));

    expect(calls('setCachePolicy')[1].variables).toEqual({ input: { connectionId: 'c1', mode: 'OFF', ttlSeconds: null } });
    expect(screen.queryByText('cached 900 s')).toBeNull();
  });

  it('empties the result cache and says how many entries went', async () => {
    const { calls } = server((op) => op.query.includes('invalidateCache') && { data: { invalidateCache: { removedEntries: 7, connectionId: 'c1' } } });
    await renderPage();
    await userEvent.click(screen.getByRole('button', { name: 'Result cache' }));
    const panel = await screen.findByTestId('result-cache');

    await userEvent.click(within(panel).getByRole('button', { name: 'Empty cache' }));

    expect((await within(panel).findByTestId('cache-emptied')).textContent).toBe('7 entries removed');
    expect(calls('invalidateCache')[0].variables).toEqual({ input: { connectionId: 'c1' } });
    expect(calls('setCachePolicy')).toHaveLength(0);
  });

  it('creates a per-person connection without a shared username or password', async () => {
    const { calls } = server((op) => op.query.includes('createConnection') && {
      data: { createConnection: { connection: { ...perPerson, myAccess: false } } },
    });
    await renderPage();

    await userEvent.type(screen.getByLabelText('Connection name'), 'Ledger');
    await userEvent.type(screen.getByLabelText('Host'), 'ledger.internal');
    await userEvent.type(screen.getByLabelText('Database'), 'ledger');
    await userEvent.type(screen.getByLabelText('Username'), 'shared');
    await userEvent.type(screen.getByLabelText('Password'), SECRET);
    await userEvent.click(screen.getByLabelText('Each member signs in with their own database account'));
    expect(screen.queryByLabelText('Username')).toBeNull();
    expect(screen.queryByLabelText('Password')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Create connection' }));

    expect(await screen.findByText('Ledger')).toBeTruthy();
    const input = calls('createConnection')[0].variables!.input as Record<string, unknown>;
    expect(input).toEqual({ workspaceId: 'w1', name: 'Ledger', engine: 'POSTGRES', host: 'ledger.internal', port: 5432, database: 'ledger',
      sslMode: 'VERIFY_FULL', allowMd5: false, perPersonCredentials: true });
    expect(input).not.toHaveProperty('password');
    expect(input).not.toHaveProperty('username');
    const row = screen.getAllByTestId('connection-row')[1];
    expect(row.textContent).toContain('Per-person credentials');
    expect(within(row).queryByRole('button', { name: 'Edit credentials' })).toBeNull();
  });

  it('offers the per-person box for PostgreSQL only', async () => {
    server();
    await renderPage();

    expect(screen.getByLabelText('Each member signs in with their own database account')).toBeTruthy();
    await userEvent.selectOptions(screen.getByLabelText('Engine'), 'DUCKDB');
    expect(screen.queryByLabelText('Each member signs in with their own database account')).toBeNull();
    expect(screen.queryByLabelText('Username')).toBeNull(); // DuckDB has no database account
  });

  it('lets a member set their own database credentials, then forgets the password', async () => {
    const { calls } = server((op) => {
      if (op.query.includes('setMyConnectionCredentials')) {
        return { data: { setMyConnectionCredentials: { connection: { ...perPerson, myCredentials: { username: 'alice', setAt: '2026-11-25T09:00:00Z' } } } } };
      }
      if (op.query.includes('WorkspaceConnections')) {
        return editorWorkspace(perPerson);
      }
      return undefined;
    }, 'EDITOR');
    await renderPage();
    const mine = screen.getByTestId('my-credentials');

    expect(screen.getByTestId('connection-row').textContent).toContain('Per-person credentials');
    expect(mine.textContent).toContain('Enter your own database user name and password to run queries on this connection.');
    expect(within(mine).getByLabelText('Database password').getAttribute('type')).toBe('password');
    await saveMine(mine);

    expect(await within(mine).findByText(/Signed in as/)).toBeTruthy();
    expect(mine.textContent).toContain('Signed in as alice, set');
    expect(calls('setMyConnectionCredentials')[0].variables).toEqual({ input: { connectionId: 'c5', username: 'alice', password: SECRET } });
    expect(within(mine).getByLabelText<HTMLInputElement>('Database password').value).toBe('');
    expect(document.body.innerHTML).not.toContain(SECRET);
  });

  it('shows why saving one\'s own credentials failed', async () => {
    server((op) => {
      if (op.query.includes('setMyConnectionCredentials')) return gqlError('FORBIDDEN', 'You have no access to this connection.');
      if (op.query.includes('WorkspaceConnections')) {
        return editorWorkspace(perPerson);
      }
      return undefined;
    }, 'EDITOR');
    await renderPage();
    const mine = screen.getByTestId('my-credentials');

    await saveMine(mine);

    expect((await within(mine).findByRole('alert')).textContent).toContain('You have no access to this connection.');
    expect(within(mine).getByLabelText<HTMLInputElement>('Database password').value).toBe('');
    expect(within(mine).queryByText(/Signed in as/)).toBeNull();
  });

  it('removes a member\'s own database credentials', async () => {
    const signedIn = { ...perPerson, myCredentials: { username: 'alice', setAt: '2026-11-25T09:00:00Z' } };
    const { calls } = server((op) => {
      if (op.query.includes('clearMyConnectionCredentials')) return { data: { clearMyConnectionCredentials: { connection: perPerson } } };
      if (op.query.includes('WorkspaceConnections')) {
        return editorWorkspace(signedIn);
      }
      return undefined;
    }, 'EDITOR');
    await renderPage();
    const mine = screen.getByTestId('my-credentials');

    expect(mine.textContent).toContain('Signed in as alice, set');
    await userEvent.click(within(mine).getByRole('button', { name: 'Remove' }));

    expect(await within(mine).findByText('Enter your own database user name and password to run queries on this connection.')).toBeTruthy();
    expect(calls('clearMyConnectionCredentials')[0].variables).toEqual({ input: { connectionId: 'c5' } });
    expect(within(mine).queryByText(/Signed in as/)).toBeNull();
  });

  it('tells everyone that a shared account lets members see each other\'s statements', async () => {
    server(undefined, 'EDITOR');
    await renderPage();

    const row = screen.getByTestId('connection-row');
    expect(row.textContent).toContain("One shared database account: members using it can see and cancel each other's statements in the database.");
    expect(row.textContent).not.toContain('Per-person credentials');
    expect(screen.queryByTestId('my-credentials')).toBeNull();
  });

  it('gives a member the connections granted to them, read-only', async () => {
    server(undefined, 'EDITOR');
    await renderPage();

    expect(screen.getByTestId('connection-row').textContent).toContain('granted to you');
    expect(screen.queryByLabelText('Connection name')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Test' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Grants' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Guardrails' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Result cache' })).toBeNull();
  });

  it('edits the shared credentials with one user name field and an optional new password', async () => {
    const { calls } = server((op) => op.query.includes('updateConnectionCredentials') && {
      data: { updateConnectionCredentials: { connection: { ...warehouse, username: 'writer' } } },
    });
    await renderPage();

    await userEvent.click(screen.getByRole('button', { name: 'Edit credentials' }));
    const form = screen.getByTestId('credentials-form');
    expect(within(form).getAllByRole('textbox')).toHaveLength(1);
    expect(within(form).queryByLabelText('Username')).toBeNull();
    const name = within(form).getByLabelText<HTMLInputElement>('Database user name');
    expect(name.value).toBe('reader');
    expect(within(form).getByLabelText('New password (optional)').getAttribute('type')).toBe('password');
    // The page as a whole names one "Username" field: the new connection's.
    expect(screen.getAllByLabelText('Username')).toHaveLength(1);

    await userEvent.clear(name);
    await userEvent.type(name, 'writer');
    await userEvent.click(within(form).getByRole('button', { name: 'Save credentials' }));

    expect(calls('updateConnectionCredentials')[0].variables).toEqual({ input: { connectionId: 'c1', username: 'writer', password: null } });
    expect(await within(screen.getByTestId('connection-row')).findByText('writer')).toBeTruthy();
  });

  it('moves a PostgreSQL connection, asking for its password again when the server changes', async () => {
    const { calls } = server((op) => op.query.includes('moveConnection') && {
      data: { moveConnection: { connection: { ...warehouse, host: 'db2.internal', database: 'analytics2' } } },
    });
    await renderPage();

    await userEvent.click(screen.getByRole('button', { name: 'Edit connection' }));
    const form = screen.getByTestId('move-form');
    expect(within(form).getByLabelText<HTMLInputElement>('Host').value).toBe('db.internal');
    expect(within(form).getByLabelText<HTMLInputElement>('Port').value).toBe('5432');
    expect(within(form).getByLabelText<HTMLInputElement>('Database').value).toBe('analytics');
    expect(within(form).getByLabelText<HTMLSelectElement>('SSL mode').value).toBe('REQUIRE');
    // Nothing moved yet: the password is optional.
    expect(within(form).getByLabelText('Password (optional)')).toHaveProperty('required', false);

    await userEvent.clear(within(form).getByLabelText('Host'));
    await userEvent.type(within(form).getByLabelText('Host'), 'db2.internal');
    const password = within(form).getByLabelText('Password (required)');
    expect(password).toHaveProperty('required', true);
    expect(document.getElementById(password.getAttribute('aria-describedby')!)!.textContent).toContain('A password never follows a connection elsewhere');
    await userEvent.clear(within(form).getByLabelText('Database'));
    await userEvent.type(within(form).getByLabelText('Database'), 'analytics2');
    await userEvent.selectOptions(within(form).getByLabelText('SSL mode'), 'VERIFY_FULL');
    await userEvent.type(password, SECRET);
    await userEvent.click(within(form).getByRole('button', { name: 'Save connection' }));

    expect(calls('moveConnection')[0].query).toContain('moveConnection(input: $input)');
    expect(calls('moveConnection')[0].variables).toEqual({
      input: { connectionId: 'c1', host: 'db2.internal', port: 5432, database: 'analytics2', sslMode: 'VERIFY_FULL', password: SECRET },
    });
    expect(await within(screen.getByTestId('connection-row')).findByText('db2.internal:5432/analytics2 (REQUIRE)')).toBeTruthy();
    expect(screen.queryByTestId('move-form')).toBeNull();
    expect(document.body.innerHTML).not.toContain(SECRET);
  });

  it('shows a refused move next to the field the server names, and forgets the password', async () => {
    server((op) => op.query.includes('moveConnection') && gqlError('VALIDATION_FAILED', 'The input is not valid.', [
      { field: 'password', message: 'Enter the password again: it does not follow the connection to another server.' },
      { field: 'port', message: 'Use a port between 1 and 65535.' },
    ]));
    await renderPage();

    await userEvent.click(screen.getByRole('button', { name: 'Edit connection' }));
    const form = screen.getByTestId('move-form');
    await userEvent.clear(within(form).getByLabelText('Port'));
    await userEvent.type(within(form).getByLabelText('Port'), '6543');
    await userEvent.type(within(form).getByLabelText('Password (required)'), SECRET);
    await userEvent.click(within(form).getByRole('button', { name: 'Save connection' }));

    expect((await within(form).findByRole('alert')).textContent).toBe('The input is not valid.');
    const password = within(form).getByLabelText<HTMLInputElement>('Password (required)');
    expect(password.getAttribute('aria-invalid')).toBe('true');
    const described = password.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)!.textContent);
    expect(described[0]).toBe('Enter the password again: it does not follow the connection to another server.');
    expect(password.value).toBe('');
    const port = within(form).getByLabelText('Port');
    expect(document.getElementById(port.getAttribute('aria-describedby')!)!.textContent).toBe('Use a port between 1 and 65535.');
    expect(within(form).getByLabelText('Host').hasAttribute('aria-invalid')).toBe(false);
  });

  it('offers no move for DuckDB connections', async () => {
    server((op) => op.query.includes('WorkspaceConnections') && {
      data: { workspace: { id: 'w1', name: 'Research', myRole: 'ADMIN', connections: { edges: [{ node: { ...warehouse, engine: 'DUCKDB', host: null, port: null, sslMode: null, database: ':files:' } }] }, members: { edges: [] } } },
    });
    await renderPage();

    expect(screen.getByRole('button', { name: 'Rename' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Edit connection' })).toBeNull();
  });
});
