import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { gqlError, mockServer, render } from '../test-utils';
import { WorkspaceKeyPage } from './WorkspaceKey';

const base = { provider: 'local', keyId: 'master', version: 1, createdAt: '2026-11-24T08:00:00Z', destroyed: false };
interface Rotation {
  id: string; status: string; fromVersion: number; toVersion: number; total: number; done: number;
  startedAt: string; finishedAt: string | null; error: string | null;
}
const rotationOf = (status: string, done: number, error: string | null = null): Rotation => ({
  id: 'r1', status, fromVersion: 1, toVersion: 2, total: 3, done, startedAt: '2026-11-24T08:00:00Z', finishedAt: null, error,
});

function server(state: { rotation: Rotation | null }, myRole = 'ADMIN') {
  return mockServer((op) => {
    if (op.query.includes('rotateWorkspaceKey')) {
      state.rotation = rotationOf('QUEUED', 0);
      return { data: { rotateWorkspaceKey: { rotation: { id: 'r1', status: 'QUEUED' } } } };
    }
    return { data: { workspace: { id: 'w1', name: 'Research', myRole, key: { ...base, rotation: state.rotation } } } };
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('WorkspaceKeyPage', () => {
  it('rotates the key, shows progress while it runs and stops polling when it succeeds', async () => {
    const state: { rotation: Rotation | null } = { rotation: null };
    const { calls } = server(state);
    render(<WorkspaceKeyPage workspaceId="w1" pollMs={10} />);

    const keyIdInput = await screen.findByLabelText('Provider key id');
    await userEvent.type(keyIdInput, 'arn:aws:kms:eu-west-1:1:key/byok');
    await userEvent.click(screen.getByRole('button', { name: 'Rotate key' }));

    expect(calls('rotateWorkspaceKey')[0].variables).toEqual({ input: { workspaceId: 'w1', keyId: 'arn:aws:kms:eu-west-1:1:key/byok' } });
    expect((await screen.findByTestId('rotation-status')).textContent).toBe('QUEUED');
    expect(screen.getByRole('button', { name: 'Rotate key' })).toHaveProperty('disabled', true);

    state.rotation = rotationOf('RUNNING', 1);
    await screen.findByText(/Re-wrapped 1 of 3 data keys/);
    expect(screen.getByTestId('rotation-progress')).toMatchObject({ value: 1, max: 3 });
    expect(screen.getByLabelText('Provider key id')).toBe(keyIdInput); // the page stays on screen while polling

    state.rotation = { ...rotationOf('SUCCEEDED', 3), finishedAt: '2026-11-24T08:01:00Z' };
    await waitFor(() => expect(screen.getByTestId('rotation-status').textContent).toBe('SUCCEEDED'));
    expect(screen.getByText(/Re-wrapped 3 of 3 data keys/)).toBeTruthy();
    const polls = calls('query WorkspaceKey').length;
    await sleep(60);
    expect(calls('query WorkspaceKey')).toHaveLength(polls);
  });

  it("shows a failed rotation's error without polling", async () => {
    const { calls } = server({ rotation: rotationOf('FAILED', 1, 'The key provider is unavailable.') });
    render(<WorkspaceKeyPage workspaceId="w1" pollMs={10} />);

    expect((await screen.findByTestId('rotation-status')).textContent).toBe('FAILED: The key provider is unavailable.');
    await sleep(40);
    expect(calls('query WorkspaceKey')).toHaveLength(1);
  });

  it('keeps the page on screen when a poll fails, shows its error and polls on', async () => {
    let rotation = rotationOf('RUNNING', 1);
    let reads = 0;
    mockServer(() => {
      reads += 1;
      if (reads === 2) return gqlError('UNAVAILABLE', 'The server is restarting.');
      if (reads === 3) rotation = { ...rotationOf('SUCCEEDED', 3), finishedAt: '2026-11-24T08:01:00Z' };
      return { data: { workspace: { id: 'w1', name: 'Research', myRole: 'ADMIN', key: { ...base, rotation } } } };
    });
    render(<WorkspaceKeyPage workspaceId="w1" pollMs={10} />);

    expect((await screen.findByRole('alert')).textContent).toContain('The server is restarting.');
    expect(screen.getByTestId('rotation-status').textContent).toBe('RUNNING');
    expect(screen.getByLabelText('Provider key id')).toBeTruthy();

    await waitFor(() => expect(screen.getByTestId('rotation-status').textContent).toBe('SUCCEEDED'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('is for admins only', async () => {
    server({ rotation: null }, 'EDITOR');
    render(<WorkspaceKeyPage workspaceId="w1" />);

    expect((await screen.findByRole('alert')).textContent).toContain('Only workspace admins');
    expect(screen.queryByRole('button', { name: 'Rotate key' })).toBeNull();
  });
});
