import { useEffect, useState, type FormEvent } from 'react';
import { ErrorBox } from '../ErrorBox';
import { gql } from '../graphql';
import { useAction, useQuery } from '../hooks';
import { Link } from '../router';
import { Time } from '../Time';

interface Rotation {
  id: string;
  status: 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED';
  fromVersion: number;
  toVersion: number;
  total: number;
  done: number;
  startedAt: string;
  finishedAt: string | null;
  error: string | null;
}

interface Key {
  provider: string;
  keyId: string;
  version: number;
  createdAt: string;
  destroyed: boolean;
  rotation: Rotation | null;
}

const ROTATION = 'id status fromVersion toVersion total done startedAt finishedAt error';
export const KEY = `query WorkspaceKey($id: ID!) {
  workspace(id: $id) { id name key { provider keyId version createdAt destroyed rotation { ${ROTATION} } } }
}`;
export const ROTATE = `mutation RotateKey($input: RotateWorkspaceKeyInput!) { rotateWorkspaceKey(input: $input) { ${ROTATION} } }`;

export function WorkspaceKeyPage({ workspaceId, pollMs = 1000 }: { workspaceId: string; pollMs?: number }) {
  const [tick, setTick] = useState(0);
  const { data, error } = useQuery<{ workspace: { name: string; key: Key | null } | null }>(KEY, { id: workspaceId, tick });
  const action = useAction();
  const [keyId, setKeyId] = useState('');
  const rotation = data?.workspace?.key?.rotation;
  const running = rotation?.status === 'QUEUED' || rotation?.status === 'RUNNING';

  useEffect(() => {
    if (!running) return;
    const timer = window.setTimeout(() => setTick((t) => t + 1), pollMs);
    return () => window.clearTimeout(timer);
  }, [running, pollMs, tick]);

  if (error) return <main><ErrorBox error={error} /></main>;
  if (!data) return <main><p>Loading…</p></main>;
  const workspace = data.workspace;
  if (!workspace) return <main><ErrorBox error="Workspace not found." /></main>;
  const key = workspace.key;

  const rotate = async (event: FormEvent) => {
    event.preventDefault();
    const result = await action.run(() => gql(ROTATE, { input: { workspaceId, keyId: keyId.trim() || null } }));
    if (result !== undefined) setTick((t) => t + 1);
  };

  return (
    <main>
      <p className="crumbs">
        <Link to="/">Workspaces</Link> / <Link to={`/workspaces/${encodeURIComponent(workspaceId)}`}>{workspace.name}</Link>
      </p>
      <h1>Encryption key</h1>
      <ErrorBox error={action.error} />
      {key ? (
        <dl className="facts">
          <dt>Provider</dt><dd>{key.provider}</dd>
          <dt>Provider key</dt><dd><code>{key.keyId}</code></dd>
          <dt>Version</dt><dd>{key.version} (since <Time value={key.createdAt} />)</dd>
          {key.destroyed && <><dt>State</dt><dd className="bad">Destroyed: this workspace's secrets can no longer be decrypted.</dd></>}
        </dl>
      ) : (
        <p>This workspace has no key yet: it gets one when its first secret is stored.</p>
      )}

      {rotation && (
        <section>
          <h2>Latest rotation</h2>
          <progress data-testid="rotation-progress" max={Math.max(rotation.total, 1)} value={rotation.done} />
          <p>Re-wrapped {rotation.done} of {rotation.total} data keys (version {rotation.fromVersion} → {rotation.toVersion}).</p>
          <p data-testid="rotation-status" className={rotation.status === 'FAILED' ? 'bad' : undefined}>
            {rotation.status}{rotation.error ? `: ${rotation.error}` : ''}
          </p>
        </section>
      )}

      {!key?.destroyed && (
        <form onSubmit={rotate} className="inline">
          <label className="field">
            <span>Provider key id</span>
            <input value={keyId} onChange={(e) => setKeyId(e.target.value)} placeholder="empty keeps the current key" />
          </label>
          <button type="submit" disabled={action.busy || running}>Rotate key</button>
        </form>
      )}
    </main>
  );
}
