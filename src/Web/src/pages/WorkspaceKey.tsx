import { useEffect, useState, type FormEvent } from 'react';
import { ErrorBox } from '../ErrorBox';
import { gql } from '../graphql';
import { useAction, useQuery } from '../hooks';
import { Link } from 'react-router';
import { Time } from '../Time';
import type { WorkspaceRole } from '../types';

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

interface KeyData {
  workspace: { name: string; myRole: WorkspaceRole | null; key: Key | null } | null;
}

const ROTATION = 'id status fromVersion toVersion total done startedAt finishedAt error';
const KEY = `query WorkspaceKey($id: ID!) {
  workspace(id: $id) { id name myRole key { provider keyId version createdAt destroyed rotation { ${ROTATION} } } }
}`;
const ROTATE = `mutation RotateKey($input: RotateWorkspaceKeyInput!) { rotateWorkspaceKey(input: $input) { rotation { id status } } }`;

export function WorkspaceKeyPage({ workspaceId, pollMs = 1000 }: { workspaceId: string; pollMs?: number }) {
  const { data, error, setData } = useQuery<KeyData>(KEY, { id: workspaceId });
  const action = useAction();
  const [keyId, setKeyId] = useState('');
  const [polls, setPolls] = useState(0);
  const [pollError, setPollError] = useState<unknown>();
  const rotation = data?.workspace?.key?.rotation;
  const running = rotation?.status === 'QUEUED' || rotation?.status === 'RUNNING';

  // Re-reads the key (keeping the page on screen) while a rotation runs; a failed read is shown and retried.
  useEffect(() => {
    if (!running) return;
    const timer = window.setTimeout(() => {
      gql<KeyData>(KEY, { id: workspaceId })
        .then((d) => {
          setData(() => d);
          setPollError(undefined);
        }, setPollError)
        .finally(() => setPolls((n) => n + 1));
    }, pollMs);
    return () => window.clearTimeout(timer);
  }, [running, pollMs, workspaceId, setData, polls]);

  if (error) return <main><ErrorBox error={error} /></main>;
  if (!data) return <main><p>Loading…</p></main>;
  const workspace = data.workspace;
  if (!workspace) return <main><ErrorBox error="Workspace not found." /></main>;
  if (workspace.myRole !== 'ADMIN') return <main><ErrorBox error="Only workspace admins manage the encryption key." /></main>;
  const key = workspace.key;

  const rotate = async (event: FormEvent) => {
    event.preventDefault();
    const result = await action.run(async () => {
      await gql(ROTATE, { input: { workspaceId, keyId: keyId.trim() || null } });
      return gql<KeyData>(KEY, { id: workspaceId });
    });
    if (result) setData(() => result);
  };

  return (
    <main>
      <p className="crumbs">
        <Link to="/">Workspaces</Link> / <Link to={`/workspaces/${encodeURIComponent(workspaceId)}`}>{workspace.name}</Link>
      </p>
      <h1>Encryption key</h1>
      <ErrorBox error={action.error ?? pollError} />
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
          <p>
            Started <Time value={rotation.startedAt} />
            {rotation.finishedAt && <>, finished <Time value={rotation.finishedAt} /></>}.
          </p>
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
