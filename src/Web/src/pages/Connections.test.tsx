import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { gqlError, mockServer, type Operation } from '../test-utils';
import { ConnectionsPage } from './Connections';

const SECRET = 'Hunter2-Very-Secret';
const warehouse = {
  id: 'c1', name: 'Warehouse', engine: 'POSTGRES', host: 'db.internal', port: 5432, database: 'analytics', username: 'reader',
  sslMode: 'REQUIRE', hasPassword: true, credentialsFingerprint: '0123456789abcdef', credentialsRotatedAt: '2026-11-24T08:00:00Z', myAccess: false,
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

async function renderPage() {
  render(<ConnectionsPage workspaceId="w1" />);
  await screen.findByTestId('connections-table');
}

describe('ConnectionsPage', () => {
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
        username: 'app', password: SECRET, sslMode: 'VERIFY_FULL' },
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

  it('hides host, port and SSL for DuckDB and sends the database path only', async () => {
    const { calls } = server((op) => op.query.includes('createConnection') && {
      data: { createConnection: { connection: { ...warehouse, id: 'c2', engine: 'DUCKDB', host: null, port: null, sslMode: null } } },
    });
    await renderPage();

    await userEvent.selectOptions(screen.getByLabelText('Engine'), 'DUCKDB');
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
    expect(calls('testConnection')[0].variables).toEqual({ id: 'c1' });
  });

  it('grants a member access and revokes a grant with the connection and user ids', async () => {
    const { calls } = server((op) => {
      if (op.query.includes('grants(')) {
        return { data: { connection: { id: 'c1', grants: { edges: [{ node: { userId: 'u3', email: 'cy@example.com', grantedAt: '2026-11-24T08:00:00Z' } }] } } } };
      }
      if (op.query.includes('grantConnectionAccess')) return { data: { grantConnectionAccess: true } };
      if (op.query.includes('revokeConnectionAccess')) return { data: { revokeConnectionAccess: true } };
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

  it('gives a member the connections granted to them, read-only', async () => {
    server(undefined, 'EDITOR');
    await renderPage();

    expect(screen.getByTestId('connection-row').textContent).toContain('granted to you');
    expect(screen.queryByLabelText('Connection name')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Test' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Grants' })).toBeNull();
  });
});
