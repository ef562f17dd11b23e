import { useState, type FormEvent } from 'react';
import { ErrorBox } from '../ErrorBox';
import { graphql } from '../gql';
import type { WorkspaceKeyQuery } from '../gql/graphql';
import { gql } from '../graphql';
import { useAction, useQuery } from '../hooks';
import { Link } from 'react-router';
import { Time } from '../Time';

const KEY = graphql(`query WorkspaceKey($id: ID!) {
  workspace(id: $id) { id name myRole key { provider keyId version createdAt destroyed rotation { id status fromVersion toVersion total done startedAt finishedAt error } } }
}`);
const ROTATE = graphql(`mutation RotateKey($input: RotateWorkspaceKeyInput!) { rotateWorkspaceKey(input: $input) { rotation { id status } } }`);

/** Whether the key's latest rotation is still under way (the schema's status is a string: QUEUED, RUNNING, SUCCEEDED, FAILED). */
const rotating = (data: WorkspaceKeyQuery | undefined) => {
  const status = data?.workspace?.key?.rotation?.status;
  return status === 'QUEUED' || status === 'RUNNING';
};

export function WorkspaceKeyPage({ workspaceId, pollMs = 1000 }: { workspaceId: string; pollMs?: number }) {
  // Re-reads the key while a rotation runs, keeping the page on screen; a failed read is shown and retried.
  const { data, error, reload } = useQuery(KEY, { id: workspaceId }, { pollMs: (d) => rotating(d) && pollMs });
  const action = useAction();
  const [keyId, setKeyId] = useState('');
  const rotation = data?.workspace?.key?.rotation;
  const running = rotating(data);

  if (error && !data) return <main><ErrorBox error={error} /></main>;
  if (!data) return <main><p>Loading…</p></main>;
  const workspace = data.workspace;
  if (!workspace) return <main><ErrorBox error="Workspace not found." /></main>;
  if (workspace.myRole !== 'ADMIN') return <main><ErrorBox error="Only workspace admins manage the encryption key." /></main>;
  const key = workspace.key;

  const rotate = async (event: FormEvent) => {
    event.preventDefault();
    await action.run(async () => {
      await gql(ROTATE, { input: { workspaceId, keyId: keyId.trim() || null } });
      await reload();
    });
  };

  return (
    <main>
      <p className="crumbs">
        <Link to="/">Workspaces</Link> / <Link to={`/workspaces/${encodeURIComponent(workspaceId)}`}>{workspace.name}</Link>
      </p>
      <h1>Encryption key</h1>
      <ErrorBox error={action.error ?? error} />
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
