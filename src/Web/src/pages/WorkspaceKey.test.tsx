import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockServer } from '../test-utils';
import { WorkspaceKeyPage } from './WorkspaceKey';

const base = { provider: 'local', keyId: 'master', createdAt: '2026-11-24T08:00:00Z', destroyed: false };
const rotation = (status: string, done: number) => ({
  id: 'r1', status, fromVersion: 1, toVersion: 2, total: 3, done, startedAt: '2026-11-24T08:00:00Z', finishedAt: null, error: null,
});

describe('WorkspaceKeyPage', () => {
  it('rotates the key, shows progress while it runs and stops polling when it succeeds', async () => {
    const states = [rotation('QUEUED', 0), rotation('RUNNING', 1), rotation('SUCCEEDED', 3)];
    let reads = 0;
    let rotated = false;
    const { calls } = mockServer((op) => {
      if (op.query.includes('rotateWorkspaceKey')) {
        rotated = true;
        return { data: { rotateWorkspaceKey: states[0] } };
      }
      const r = rotated ? states[Math.min(reads++, 2)] : null;
      return { data: { workspace: { id: 'w1', name: 'Research', key: { ...base, version: rotated ? 2 : 1, rotation: r } } } };
    });
    render(<WorkspaceKeyPage workspaceId="w1" pollMs={10} />);

    await userEvent.type(await screen.findByLabelText('Provider key id'), 'arn:aws:kms:eu-west-1:1:key/byok');
    await userEvent.click(screen.getByRole('button', { name: 'Rotate key' }));

    expect(await screen.findByText('SUCCEEDED', {}, { timeout: 2000 })).toBeTruthy();
    expect(screen.getByText(/Re-wrapped 3 of 3 data keys/)).toBeTruthy();
    expect(calls('rotateWorkspaceKey')[0].variables).toEqual({ input: { workspaceId: 'w1', keyId: 'arn:aws:kms:eu-west-1:1:key/byok' } });
    const polls = calls('WorkspaceKey').length;
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(calls('WorkspaceKey').length).toBe(polls);
  });
});
