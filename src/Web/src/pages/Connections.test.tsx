import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockServer, type Operation } from '../test-utils';
import { ConnectionsPage } from './Connections';

const SECRET = 'Hunter2-Very-Secret';
const warehouse = {
  id: 'c1', name: 'Warehouse', engine: 'POSTGRES', host: 'db.internal', port: 5432, database: 'analytics', username: 'reader',
  sslMode: 'REQUIRE', hasPassword: true, credentialsFingerprint: '0123456789abcdef', credentialsRotatedAt: '2026-11-24T08:00:00Z', myAccess: false,
};

function server(extra: (op: Operation) => unknown = () => undefined) {
  return mockServer((op) => {
    const answer = extra(op);
    if (answer) return answer;
    return {
      data: {
        workspace: {
          id: 'w1', name: 'Research', myRole: 'ADMIN',
          connections: { edges: [{ node: warehouse }] },
          members: { edges: [{ node: { userId: 'u2', email: 'bob@example.com' } }] },
        },
      },
    };
  });
}

describe('ConnectionsPage', () => {
  it('creates a connection with the typed values, then forgets the password', async () => {
    const { calls } = server((op) => op.query.includes('createConnection') && {
      data: { createConnection: { connection: { ...warehouse, id: 'c2', name: 'Sales' } } },
    });
    render(<ConnectionsPage workspaceId="w1" />);
    await screen.findByTestId('connections-table');

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
    expect((screen.getByLabelText('Password') as HTMLInputElement).value).toBe('');
    expect(document.body.innerHTML).not.toContain(SECRET);
  });

  it('shows only that a password is set, never a password', async () => {
    server();
    render(<ConnectionsPage workspaceId="w1" />);

    const row = await screen.findByTestId('connection-row');

    expect(row.textContent).toContain('set on');
    expect(row.textContent).toContain('0123456789abcdef');
    expect(document.querySelectorAll('input[type=password]')).toHaveLength(1);
    expect((document.querySelector('input[type=password]') as HTMLInputElement).value).toBe('');
  });

  it('hides host, port and SSL for DuckDB', async () => {
    server();
    render(<ConnectionsPage workspaceId="w1" />);
    await screen.findByTestId('connections-table');

    await userEvent.selectOptions(screen.getByLabelText('Engine'), 'DUCKDB');

    expect(screen.queryByLabelText('Host')).toBeNull();
    expect(screen.queryByLabelText('Port')).toBeNull();
    expect(screen.queryByLabelText('SSL mode')).toBeNull();
  });

  it('tests a connection and shows the driver message', async () => {
    server((op) => op.query.includes('testConnection') && {
      data: { testConnection: { success: false, message: 'password authentication failed for user "reader"' } },
    });
    render(<ConnectionsPage workspaceId="w1" />);

    await userEvent.click(await screen.findByRole('button', { name: 'Test' }));

    expect((await screen.findByTestId('test-result')).textContent).toContain('password authentication failed');
  });

  it('grants a member access with the connection and user ids', async () => {
    const { calls } = server((op) => {
      if (op.query.includes('grants(')) return { data: { connection: { id: 'c1', grants: { edges: [] } } } };
      if (op.query.includes('grantConnectionAccess')) return { data: { grantConnectionAccess: true } };
      return undefined;
    });
    render(<ConnectionsPage workspaceId="w1" />);
    await userEvent.click(await screen.findByRole('button', { name: 'Grants' }));
    const grants = await screen.findByTestId('grants');

    await userEvent.selectOptions(within(grants).getByLabelText('Member to grant'), 'u2');
    await userEvent.click(within(grants).getByRole('button', { name: 'Grant access' }));

    expect(await within(grants).findByText(/bob@example.com/)).toBeTruthy();
    expect(calls('grantConnectionAccess')[0].variables).toEqual({ input: { connectionId: 'c1', userId: 'u2' } });
  });
});
