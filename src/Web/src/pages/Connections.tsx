import { useId, useState, type FormEvent } from 'react';
import { ErrorBox } from '../ErrorBox';
import { graphql } from '../gql';
import type { ConnectionFieldsFragment, GrantsQuery } from '../gql/graphql';
import { gql } from '../graphql';
import { useAction, useQuery } from '../hooks';
import { Link } from 'react-router';
import { Time } from '../Time';
import { TableScroll } from '../TableScroll';
import { FieldMessage, fieldMessage, withoutFields } from './FieldErrors';

const ENGINES = ['POSTGRES', 'DUCKDB'] as const;
const SSL_MODES = ['DISABLE', 'PREFER', 'REQUIRE', 'VERIFY_FULL'] as const;
type Engine = (typeof ENGINES)[number];
type SslMode = (typeof SSL_MODES)[number];
const CACHE_MODES = ['OFF', 'TTL'] as const;
type CacheMode = (typeof CACHE_MODES)[number];

/** A data connection of the workspace, as the server describes it. */
type DataConnection = ConnectionFieldsFragment;
type Guardrails = DataConnection['guardrails'];
type CachePolicy = DataConnection['cachePolicy'];
type Grant = NonNullable<GrantsQuery['connection']>['grants']['edges'][number]['node'];

graphql(`fragment ConnectionFields on Connection { id name engine host port database username sslMode allowMd5 perPersonCredentials myCredentials { username setAt } hasPassword credentialsFingerprint credentialsRotatedAt myAccess
  guardrails { allowWrites timeoutSeconds maxRows maxBytes } cachePolicy { mode ttlSeconds } }`);
const WORKSPACE = graphql(`query WorkspaceConnections($id: ID!) {
  workspace(id: $id) {
    id name myRole
    connections(first: 100) { edges { node { ...ConnectionFields } } }
    members(first: 100) { edges { node { userId email } } }
  }
}`);
const CREATE_CONNECTION = graphql(`mutation CreateConnection($input: CreateConnectionInput!) {
  createConnection(input: $input) { connection { ...ConnectionFields } }
}`);
const UPDATE_CREDENTIALS = graphql(`mutation UpdateCredentials($input: UpdateCredentialsInput!) {
  updateConnectionCredentials(input: $input) { connection { ...ConnectionFields } }
}`);
const SET_MY_CREDENTIALS = graphql(`mutation SetMyConnectionCredentials($input: SetMyConnectionCredentialsInput!) {
  setMyConnectionCredentials(input: $input) { connection { ...ConnectionFields } }
}`);
const CLEAR_MY_CREDENTIALS = graphql(`mutation ClearMyConnectionCredentials($input: ClearMyConnectionCredentialsInput!) {
  clearMyConnectionCredentials(input: $input) { connection { ...ConnectionFields } }
}`);
export const MOVE_CONNECTION = graphql(`mutation MoveConnection($input: MoveConnectionInput!) { moveConnection(input: $input) { connection { ...ConnectionFields } } }`);
const RENAME = graphql(`mutation RenameConnection($input: RenameConnectionInput!) { renameConnection(input: $input) { connection { ...ConnectionFields } } }`);
const DELETE = graphql(`mutation DeleteConnection($input: DeleteConnectionInput!) { deleteConnection(input: $input) { deletedConnectionId } }`);
const TEST = graphql(`mutation TestConnection($input: TestConnectionInput!) { testConnection(input: $input) { success message } }`);
const GRANTS = graphql(`query Grants($id: ID!) { connection(id: $id) { id grants(first: 100) { edges { node { userId email grantedAt } } } } }`);
const GRANT = graphql(`mutation Grant($input: ConnectionGrantInput!) { grantConnectionAccess(input: $input) { connection { id } } }`);
const REVOKE = graphql(`mutation Revoke($input: ConnectionGrantInput!) { revokeConnectionAccess(input: $input) { connection { id } } }`);
export const SET_GUARDRAILS = graphql(`mutation SetGuardrails($input: SetConnectionGuardrailsInput!) { setConnectionGuardrails(input: $input) { connection { id } } }`);
export const SET_CACHE_POLICY = graphql(`mutation SetCachePolicy($input: SetCachePolicyInput!) { setCachePolicy(input: $input) { connection { id } } }`);
export const INVALIDATE_CACHE = graphql(`mutation InvalidateCache($input: InvalidateCacheInput!) { invalidateCache(input: $input) { removedEntries connectionId } }`);
export const QUERY_SETTINGS = graphql(`query QuerySettings($id: ID!) {
  workspace(id: $id) { querySettings { timeoutSeconds maxRows maxCacheTtlSeconds ownTimeoutSeconds ownMaxRows ownMaxCacheTtlSeconds } }
}`);
export const UPDATE_QUERY_SETTINGS = graphql(`mutation UpdateQuerySettings($input: UpdateWorkspaceQuerySettingsInput!) {
  updateWorkspaceQuerySettings(input: $input) { workspace { id } }
}`);

export function ConnectionsPage({ workspaceId }: { workspaceId: string }) {
  const { data, error, setData } = useQuery(WORKSPACE, { id: workspaceId });
  const action = useAction();

  if (error) return <main><ErrorBox error={error} /></main>;
  if (!data) return <main><p>Loading…</p></main>;
  const workspace = data.workspace;
  if (!workspace) return <main><ErrorBox error="Workspace not found." /></main>;
  const isAdmin = workspace.myRole === 'ADMIN';

  const put = (connection: DataConnection) =>
    setData((d) => {
      if (!d.workspace) return d;
      const edges = d.workspace.connections.edges;
      const known = edges.some((e) => e.node.id === connection.id);
      const next = known ? edges.map((e) => (e.node.id === connection.id ? { node: connection } : e)) : [...edges, { node: connection }];
      return { workspace: { ...d.workspace, connections: { edges: next } } };
    });
  const drop = (id: string) =>
    setData((d) =>
      d.workspace
        ? { workspace: { ...d.workspace, connections: { edges: d.workspace.connections.edges.filter((e) => e.node.id !== id) } } }
        : d,
    );

  return (
    <main>
      <p className="crumbs">
        <Link to="/">Workspaces</Link> / <Link to={`/workspaces/${encodeURIComponent(workspaceId)}`}>{workspace.name}</Link>
      </p>
      <h1>Connections</h1>
      <p>
        Passwords are write-only: they are encrypted under the workspace key when entered and never shown again.
        {isAdmin && ' Admins manage connections; to run queries on one, grant yourself access like anyone else.'}
      </p>
      <ErrorBox error={action.error} />
      {isAdmin && <NewConnectionForm workspaceId={workspaceId} busy={action.busy} run={action.run} onCreated={put} />}
      {isAdmin && <QueryDefaultsForm workspaceId={workspaceId} />}

      <TableScroll label="Connections">
        <table data-testid="connections-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Engine</th>
              <th scope="col">Where</th>
              <th scope="col">User</th>
              <th scope="col">Password</th>
              {isAdmin && <th scope="col"><span className="visually-hidden">Actions</span></th>}
            </tr>
          </thead>
          <tbody>
            {workspace.connections.edges.map(({ node }) => (
              <ConnectionRow key={node.id} connection={node} isAdmin={isAdmin} members={workspace.members.edges.map((e) => e.node)}
                onChanged={put} onDeleted={drop} />
            ))}
          </tbody>
        </table>
      </TableScroll>
      {workspace.connections.edges.length === 0 && <p>{isAdmin ? 'No connections yet.' : 'No connection has been granted to you.'}</p>}
    </main>
  );
}

type Run = <T>(action: () => Promise<T>) => Promise<T | undefined>;

/** ADMIN: the workspace's defaults for a run and its longest cache TTL (empty: the server's). */
function QueryDefaultsForm({ workspaceId }: { workspaceId: string }) {
  const { data, error } = useQuery(QUERY_SETTINGS, { id: workspaceId });
  const action = useAction();
  const [form, setForm] = useState<{ timeout: string; rows: string; ttl: string } | null>(null);
  const [saved, setSaved] = useState(false);
  if (error) return <ErrorBox error={error} />;
  const settings = data?.workspace?.querySettings;
  if (!settings) return null;
  const values = form ?? {
    timeout: settings.ownTimeoutSeconds?.toString() ?? '',
    rows: settings.ownMaxRows?.toString() ?? '',
    ttl: settings.ownMaxCacheTtlSeconds?.toString() ?? '',
  };
  const set = (key: 'timeout' | 'rows' | 'ttl') => (e: { target: { value: string } }) => {
    setSaved(false);
    setForm({ ...values, [key]: e.target.value });
  };
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const variables = {
      input: { workspaceId, defaultTimeoutSeconds: limit(values.timeout), defaultMaxRows: limit(values.rows), maxCacheTtlSeconds: limit(values.ttl) },
    };
    if (await action.run(() => gql(UPDATE_QUERY_SETTINGS, variables)) !== undefined) setSaved(true);
  };
  return (
    <details data-testid="query-defaults">
      <summary>Workspace query defaults</summary>
      <form onSubmit={onSubmit}>
        <p><small>Used where a connection sets no guardrail of its own; empty fields use the server's values.</small></p>
        <div className="inline">
          <label className="field"><span>Default timeout (seconds)</span><input type="number" min={1} step={1} value={values.timeout} onChange={set('timeout')} placeholder={String(settings.timeoutSeconds)} /></label>
          <label className="field"><span>Default max rows</span><input type="number" min={1} step={1} value={values.rows} onChange={set('rows')} placeholder={String(settings.maxRows)} /></label>
          <label className="field"><span>Longest cache TTL (seconds)</span><input type="number" min={1} step={1} value={values.ttl} onChange={set('ttl')} placeholder={String(settings.maxCacheTtlSeconds)} /></label>
          <button type="submit" disabled={action.busy}>Save defaults</button>
        </div>
        {saved && <p role="status">Saved.</p>}
        <ErrorBox error={action.error} />
      </form>
    </details>
  );
}

function NewConnectionForm({ workspaceId, busy, run, onCreated }: { workspaceId: string; busy: boolean; run: Run; onCreated: (c: DataConnection) => void }) {
  const [form, setForm] = useState({ name: '', engine: 'POSTGRES' as Engine, host: '', port: '5432', database: '', username: '', password: '', sslMode: 'VERIFY_FULL' as SslMode, allowMd5: false, perPerson: false });
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));
  const weakened = form.sslMode !== 'VERIFY_FULL' || form.allowMd5;
  const postgres = form.engine === 'POSTGRES';
  // Per-person connections have no shared account: each member enters their own later.
  const perPerson = postgres && form.perPerson;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const input = {
      workspaceId,
      name: form.name,
      engine: form.engine,
      database: form.database,
      // DuckDB has no database account: it gets no user name or password, whatever the form held before.
      ...(perPerson
        ? { perPersonCredentials: true }
        : { username: (postgres && form.username) || null, password: (postgres && form.password) || null }),
      ...(postgres ? { host: form.host, port: Number(form.port), sslMode: form.sslMode, allowMd5: form.allowMd5 } : {}),
    };
    const result = await run(() => gql(CREATE_CONNECTION, { input }));
    setForm((f) => ({ ...f, password: '' })); // never keep a password around, whatever the outcome
    if (result) {
      onCreated(result.createConnection.connection);
      setForm((f) => ({ ...f, name: '', database: '', username: '', perPerson: false }));
    }
  };

  return (
    <section>
      <h2>New connection</h2>
      <form onSubmit={onSubmit} className="inline">
        <label className="field"><span>Connection name</span><input required value={form.name} onChange={set('name')} /></label>
        <label className="field">
          <span>Engine</span>
          <select aria-label="Engine" value={form.engine} onChange={set('engine')}>
            {ENGINES.map((e) => <option key={e} value={e}>{e}</option>)}
          </select>
        </label>
        {postgres && <label className="field"><span>Host</span><input required value={form.host} onChange={set('host')} /></label>}
        {postgres && <label className="field"><span>Port</span><input type="number" min={1} max={65535} required value={form.port} onChange={set('port')} /></label>}
        <label className="field">
          <span>Database</span>
          <input required value={form.database} onChange={set('database')} placeholder={postgres ? 'analytics' : ':files:, :memory: or upload:sales.duckdb'} />
        </label>
        {!postgres && <p><small><code>:files:</code> queries the workspace's uploaded CSV and Parquet files by name, e.g. <code>select * from "sales.csv"</code>; <code>upload:sales.duckdb</code> opens a DuckDB database the workspace uploaded (read-only).</small></p>}
        {postgres && (
          <label className="field">
            <input type="checkbox" checked={form.perPerson}
              onChange={(e) => { const checked = e.target.checked; setForm((f) => ({ ...f, perPerson: checked, ...(checked ? { username: '', password: '' } : {}) })); }} />
            <span>Each member signs in with their own database account</span>
          </label>
        )}
        {postgres && !perPerson && <label className="field"><span>Username</span><input value={form.username} onChange={set('username')} autoComplete="off" /></label>}
        {postgres && !perPerson && <label className="field"><span>Password</span><input type="password" value={form.password} onChange={set('password')} autoComplete="new-password" /></label>}
        {postgres && (
          <label className="field">
            <span>SSL mode</span>
            <select aria-label="SSL mode" value={form.sslMode} onChange={set('sslMode')}>
              {SSL_MODES.map((m) => <option key={m} value={m}>{m}</option>)}
            </select>
          </label>
        )}
        {postgres && (
          <label className="field">
            <input type="checkbox" checked={form.allowMd5} onChange={(e) => setForm((f) => ({ ...f, allowMd5: e.target.checked }))} />
            <span>Allow MD5 login</span>
          </label>
        )}
        {postgres && weakened && (
          <p role="note"><small>Lowered protection: the login may reach an impersonated server or travel without verified TLS.</small></p>
        )}
        <button type="submit" disabled={busy}>Create connection</button>
      </form>
    </section>
  );
}

function ConnectionRow({ connection, isAdmin, members, onChanged, onDeleted }: {
  connection: DataConnection; isAdmin: boolean; members: { userId: string; email: string }[];
  onChanged: (c: DataConnection) => void; onDeleted: (id: string) => void;
}) {
  const action = useAction();
  const [test, setTest] = useState<{ success: boolean; message: string }>();
  const [panel, setPanel] = useState<'credentials' | 'move' | 'rename' | 'grants' | 'guardrails' | 'cache'>();
  const where = connection.engine === 'POSTGRES'
    ? `${connection.host}:${connection.port}/${connection.database}${connection.sslMode ? ` (${connection.sslMode}${connection.allowMd5 ? ', MD5 allowed' : ''})` : ''}`
    : connection.database;

  const runTest = async () => {
    setTest(undefined);
    const result = await action.run(() => gql(TEST, { input: { connectionId: connection.id } }));
    if (result) setTest(result.testConnection);
  };
  const remove = async () => {
    if (!window.confirm(`Delete the connection ${connection.name}? Its grants end too.`)) return;
    if (await action.run(() => gql(DELETE, { input: { connectionId: connection.id } })) !== undefined) onDeleted(connection.id);
  };

  return (
    <>
      <tr data-testid="connection-row">
        <td>
          {connection.name}{connection.myAccess && <span className="badge">granted to you</span>}
          {connection.guardrails.allowWrites && <span className="badge">writes allowed</span>}
          {connection.cachePolicy.mode === 'TTL' && <span className="badge">cached {connection.cachePolicy.ttlSeconds} s</span>}
        </td>
        <td>{connection.engine}</td>
        <td><code>{where}</code></td>
        {connection.perPersonCredentials ? (
          <td colSpan={2}>Per-person credentials</td>
        ) : (
          <>
            <td>
              {connection.username ?? '—'}
              {connection.engine === 'POSTGRES' && (
                <p className="hint">One shared database account: members using it can see and cancel each other's statements in the database.</p>
              )}
            </td>
            <td>
              {connection.hasPassword ? (
                <>
                  set{connection.credentialsRotatedAt && <> on <Time value={connection.credentialsRotatedAt} /></>}{' '}
                  <code title="HMAC fingerprint">{connection.credentialsFingerprint}</code>
                </>
              ) : 'not set'}
            </td>
          </>
        )}
        {isAdmin && (
          <td className="actions">
            <button type="button" onClick={runTest} disabled={action.busy}>Test</button>
            {!connection.perPersonCredentials && (
              <button type="button" onClick={() => setPanel(panel === 'credentials' ? undefined : 'credentials')}>Edit credentials</button>
            )}
            {connection.engine === 'POSTGRES' && (
              <button type="button" aria-expanded={panel === 'move'} onClick={() => setPanel(panel === 'move' ? undefined : 'move')}>Edit connection</button>
            )}
            <button type="button" onClick={() => setPanel(panel === 'rename' ? undefined : 'rename')}>Rename</button>
            <button type="button" onClick={() => setPanel(panel === 'grants' ? undefined : 'grants')}>Grants</button>
            <button type="button" onClick={() => setPanel(panel === 'guardrails' ? undefined : 'guardrails')}>Guardrails</button>
            <button type="button" onClick={() => setPanel(panel === 'cache' ? undefined : 'cache')}>Result cache</button>
            <button type="button" className="danger" onClick={remove} disabled={action.busy}>Delete</button>
          </td>
        )}
      </tr>
      {(test || action.error || panel) && (
        <tr className="detail">
          <td colSpan={isAdmin ? 6 : 5}>
            <ErrorBox error={action.error} />
            {test && (
              <p data-testid="test-result" className={test.success ? 'ok' : 'bad'}>
                {test.success ? '✓ ' : '✗ '}{test.message}
              </p>
            )}
            {panel === 'credentials' && <CredentialsForm connection={connection} onSaved={(c) => { onChanged(c); setPanel(undefined); }} />}
            {panel === 'move' && <MoveForm connection={connection} onSaved={(c) => { onChanged(c); setPanel(undefined); }} />}
            {panel === 'rename' && <RenameForm connection={connection} onSaved={(c) => { onChanged(c); setPanel(undefined); }} />}
            {panel === 'grants' && <GrantsPanel connectionId={connection.id} members={members} />}
            {panel === 'guardrails' && <GuardrailsForm connection={connection} onSaved={(c) => { onChanged(c); setPanel(undefined); }} />}
            {panel === 'cache' && <CachePanel connection={connection} onSaved={(c) => { onChanged(c); setPanel(undefined); }} />}
          </td>
        </tr>
      )}
      {connection.perPersonCredentials && connection.myAccess && (
        <tr className="detail">
          <td colSpan={isAdmin ? 6 : 5}><MyCredentialsForm connection={connection} onSaved={onChanged} /></td>
        </tr>
      )}
    </>
  );
}

/** A member with a grant on a per-person connection: their own database account (the password is write-only). */
function MyCredentialsForm({ connection, onSaved }: { connection: DataConnection; onSaved: (c: DataConnection) => void }) {
  const action = useAction();
  const mine = connection.myCredentials;
  const [username, setUsername] = useState(mine?.username ?? '');
  const [password, setPassword] = useState('');
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await action.run(() => gql(SET_MY_CREDENTIALS, {
      input: { connectionId: connection.id, username, password },
    }));
    setPassword(''); // never keep a password around, whatever the outcome
    if (result) onSaved(result.setMyConnectionCredentials.connection);
  };
  const clear = async () => {
    const result = await action.run(() => gql(CLEAR_MY_CREDENTIALS, {
      input: { connectionId: connection.id },
    }));
    if (result) {
      onSaved(result.clearMyConnectionCredentials.connection);
      setUsername('');
    }
  };
  return (
    <section data-testid="my-credentials" aria-label={`Your database credentials for ${connection.name}`}>
      <h3>Your database credentials</h3>
      {mine ? (
        <p>
          Signed in as <strong>{mine.username}</strong>, set <Time value={mine.setAt} />{' '}
          <button type="button" onClick={clear} disabled={action.busy}>Remove</button>
        </p>
      ) : (
        <p>Enter your own database user name and password to run queries on this connection.</p>
      )}
      <form onSubmit={onSubmit} className="inline">
        <label className="field"><span>Database user name</span><input required value={username} onChange={(e) => setUsername(e.target.value)} autoComplete="off" /></label>
        <label className="field">
          <span>Database password</span>
          <input type="password" required value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="new-password" />
        </label>
        <button type="submit" disabled={action.busy}>Save</button>
      </form>
      <ErrorBox error={action.error} />
    </section>
  );
}

/** The shared database account of a connection: one user name, and a new password (empty keeps the current one). */
function CredentialsForm({ connection, onSaved }: { connection: DataConnection; onSaved: (c: DataConnection) => void }) {
  const action = useAction();
  const [username, setUsername] = useState(connection.username ?? '');
  const [password, setPassword] = useState('');
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await action.run(() => gql(UPDATE_CREDENTIALS, {
      input: { connectionId: connection.id, username: username || null, password: password || null },
    }));
    setPassword('');
    if (result) onSaved(result.updateConnectionCredentials.connection);
  };
  return (
    <form onSubmit={onSubmit} data-testid="credentials-form" aria-label={`Credentials of ${connection.name}`}>
      <fieldset className="inline">
        <legend>Shared database account of {connection.name}</legend>
        <label className="field"><span>Database user name</span><input value={username} onChange={(e) => setUsername(e.target.value)} autoComplete="off" /></label>
        <label className="field">
          <span>New password (optional)</span>
          <input type="password" autoComplete="new-password" value={password} placeholder="empty keeps the current one" onChange={(e) => setPassword(e.target.value)} />
        </label>
        <button type="submit" disabled={action.busy}>Save credentials</button>
      </fieldset>
      <ErrorBox error={action.error} />
    </form>
  );
}

const MOVE_FIELDS = ['host', 'port', 'database', 'sslMode', 'password'] as const;

/** ADMIN, PostgreSQL: points the connection at another host, port, database or TLS mode. Its shared password never
 * follows it to another server or database, so moving one that has a password asks for it again. */
function MoveForm({ connection, onSaved }: { connection: DataConnection; onSaved: (c: DataConnection) => void }) {
  const action = useAction();
  const id = useId();
  const [form, setForm] = useState({
    host: connection.host ?? '', port: connection.port?.toString() ?? '5432', database: connection.database ?? '',
    sslMode: connection.sslMode ?? 'VERIFY_FULL', password: '',
  });
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));
  const moves = form.host.trim() !== (connection.host ?? '') || form.port !== (connection.port?.toString() ?? '')
    || form.database.trim() !== (connection.database ?? '');
  const passwordRequired = moves && connection.hasPassword && !connection.perPersonCredentials;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await action.run(() => gql(MOVE_CONNECTION, {
      input: {
        connectionId: connection.id, host: form.host.trim(), port: Number(form.port), database: form.database.trim(),
        sslMode: form.sslMode, password: form.password || null,
      },
    }));
    setForm((f) => ({ ...f, password: '' })); // never keep a password around, whatever the outcome
    if (result) onSaved(result.moveConnection.connection);
  };

  const message = (field: (typeof MOVE_FIELDS)[number]) => fieldMessage(action.error, field);
  const described = (field: (typeof MOVE_FIELDS)[number], hint?: string) => {
    const ids = [message(field) && `${id}-${field}-error`, hint].filter(Boolean).join(' ');
    return { 'aria-invalid': message(field) ? true : undefined, 'aria-describedby': ids || undefined };
  };
  const passwordHint = `${id}-password-hint`;

  return (
    <form onSubmit={onSubmit} data-testid="move-form" aria-label={`Edit connection ${connection.name}`}>
      <fieldset className="inline">
        <legend>Where {connection.name} connects</legend>
        <div className="field-group">
          <label className="field">
            <span>Host</span>
            <input required value={form.host} onChange={set('host')} {...described('host')} />
          </label>
          <FieldMessage id={`${id}-host-error`} message={message('host')} />
        </div>
        <div className="field-group">
          <label className="field">
            <span>Port</span>
            <input type="number" min={1} max={65535} required value={form.port} onChange={set('port')} {...described('port')} />
          </label>
          <FieldMessage id={`${id}-port-error`} message={message('port')} />
        </div>
        <div className="field-group">
          <label className="field">
            <span>Database</span>
            <input required value={form.database} onChange={set('database')} {...described('database')} />
          </label>
          <FieldMessage id={`${id}-database-error`} message={message('database')} />
        </div>
        <div className="field-group">
          <label className="field">
            <span>SSL mode</span>
            <select value={form.sslMode} onChange={set('sslMode')} {...described('sslMode')}>
              {SSL_MODES.map((m) => <option key={m} value={m}>{m}</option>)}
            </select>
          </label>
          <FieldMessage id={`${id}-sslMode-error`} message={message('sslMode')} />
        </div>
        {!connection.perPersonCredentials && (
          <div className="field-group">
            <label className="field">
              <span>{passwordRequired ? 'Password (required)' : 'Password (optional)'}</span>
              <input type="password" autoComplete="new-password" required={passwordRequired} value={form.password} onChange={set('password')}
                {...described('password', passwordHint)} />
            </label>
            <FieldMessage id={`${id}-password-error`} message={message('password')} />
          </div>
        )}
        <button type="submit" disabled={action.busy}>Save connection</button>
      </fieldset>
      {!connection.perPersonCredentials && (
        <p id={passwordHint} className="hint">
          {connection.hasPassword
            ? 'A password never follows a connection elsewhere: enter it again when the host, port or database changes. The result cache is emptied.'
            : 'This connection has no password yet; you may set one here. The result cache is emptied.'}
        </p>
      )}
      {form.sslMode !== 'VERIFY_FULL' && (
        <p role="note"><small>Lowered protection: the login may reach an impersonated server or travel without verified TLS.</small></p>
      )}
      <ErrorBox error={withoutFields(action.error, MOVE_FIELDS)} />
    </form>
  );
}

function RenameForm({ connection, onSaved }: { connection: DataConnection; onSaved: (c: DataConnection) => void }) {
  const action = useAction();
  const [name, setName] = useState(connection.name);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await action.run(() => gql(RENAME, { input: { connectionId: connection.id, name } }));
    if (result) onSaved(result.renameConnection.connection);
  };
  return (
    <form onSubmit={onSubmit} className="inline">
      <label className="field"><span>New name</span><input required value={name} onChange={(e) => setName(e.target.value)} /></label>
      <button type="submit" disabled={action.busy}>Save name</button>
      <ErrorBox error={action.error} />
    </form>
  );
}

function GrantsPanel({ connectionId, members }: { connectionId: string; members: { userId: string; email: string }[] }) {
  const { data, error, setData } = useQuery(GRANTS, { id: connectionId });
  const action = useAction();
  const [userId, setUserId] = useState('');
  if (error) return <ErrorBox error={error} />;
  if (!data?.connection) return <p>Loading grants…</p>;
  const grants = data.connection.grants.edges.map((e) => e.node);
  const candidates = members.filter((m) => !grants.some((g) => g.userId === m.userId));

  const grant = async () => {
    const member = members.find((m) => m.userId === userId);
    if (!member) return;
    if (await action.run(() => gql(GRANT, { input: { connectionId, userId } })) === undefined) return;
    setData((d) => d.connection
      ? { connection: { ...d.connection, grants: { edges: [...d.connection.grants.edges, { node: { ...member, grantedAt: new Date().toISOString() } }] } } }
      : d);
    setUserId('');
  };
  const revoke = async (g: Grant) => {
    if (await action.run(() => gql(REVOKE, { input: { connectionId, userId: g.userId } })) === undefined) return;
    setData((d) => d.connection
      ? { connection: { ...d.connection, grants: { edges: d.connection.grants.edges.filter((e) => e.node.userId !== g.userId) } } }
      : d);
  };

  return (
    <div data-testid="grants">
      <ErrorBox error={action.error} />
      <ul>
        {grants.map((g) => (
          <li key={g.userId}>
            {g.email} <small>since <Time value={g.grantedAt} /></small>{' '}
            <button type="button" onClick={() => revoke(g)} disabled={action.busy}>Revoke</button>
          </li>
        ))}
        {grants.length === 0 && <li>Nobody may use this connection yet.</li>}
      </ul>
      <div className="inline">
        <select aria-label="Member to grant" value={userId} onChange={(e) => setUserId(e.target.value)}>
          <option value="">Choose a member…</option>
          {candidates.map((m) => <option key={m.userId} value={m.userId}>{m.email}</option>)}
        </select>
        <button type="button" onClick={grant} disabled={!userId || action.busy}>Grant access</button>
      </div>
    </div>
  );
}

/** A whole number typed into a limit field, or null (the workspace default) when left empty. */
const limit = (text: string) => (text.trim() === '' ? null : Number(text));

function GuardrailsForm({ connection, onSaved }: { connection: DataConnection; onSaved: (c: DataConnection) => void }) {
  const action = useAction();
  const g = connection.guardrails;
  const [form, setForm] = useState({
    allowWrites: g.allowWrites,
    timeoutSeconds: g.timeoutSeconds?.toString() ?? '',
    maxRows: g.maxRows?.toString() ?? '',
    maxBytes: g.maxBytes?.toString() ?? '',
  });
  const set = (key: 'timeoutSeconds' | 'maxRows' | 'maxBytes') => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const guardrails: Guardrails = {
      allowWrites: form.allowWrites,
      timeoutSeconds: limit(form.timeoutSeconds),
      maxRows: limit(form.maxRows),
      maxBytes: limit(form.maxBytes),
    };
    if (await action.run(() => gql(SET_GUARDRAILS, { input: { connectionId: connection.id, ...guardrails } })) !== undefined) {
      onSaved({ ...connection, guardrails });
    }
  };
  return (
    <form onSubmit={onSubmit} data-testid="guardrails">
      <p><small>Empty limits use the workspace defaults. Without "Allow writes", every query runs in a read-only transaction.</small></p>
      <div className="inline">
        <label><input type="checkbox" checked={form.allowWrites} onChange={(e) => setForm((f) => ({ ...f, allowWrites: e.target.checked }))} /> Allow writes</label>
        <label className="field"><span>Timeout (seconds)</span><input type="number" min={1} step={1} value={form.timeoutSeconds} onChange={set('timeoutSeconds')} placeholder="workspace default" /></label>
        <label className="field"><span>Max rows</span><input type="number" min={1} step={1} value={form.maxRows} onChange={set('maxRows')} placeholder="workspace default" /></label>
        <label className="field"><span>Max bytes</span><input type="number" min={1} step={1} value={form.maxBytes} onChange={set('maxBytes')} placeholder="workspace default" /></label>
        <button type="submit" disabled={action.busy}>Save guardrails</button>
      </div>
      <ErrorBox error={action.error} />
    </form>
  );
}

function CachePanel({ connection, onSaved }: { connection: DataConnection; onSaved: (c: DataConnection) => void }) {
  const action = useAction();
  const [mode, setMode] = useState<CacheMode>(connection.cachePolicy.mode);
  const [ttl, setTtl] = useState(connection.cachePolicy.ttlSeconds?.toString() ?? '300');
  const [removed, setRemoved] = useState<number>();
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const cachePolicy: CachePolicy = { mode, ttlSeconds: mode === 'TTL' ? Number(ttl) : null };
    if (await action.run(() => gql(SET_CACHE_POLICY, { input: { connectionId: connection.id, ...cachePolicy } })) !== undefined) {
      onSaved({ ...connection, cachePolicy });
    }
  };
  const empty = async () => {
    setRemoved(undefined);
    const result = await action.run(() => gql(INVALIDATE_CACHE, {
      input: { connectionId: connection.id },
    }));
    if (result) setRemoved(result.invalidateCache.removedEntries);
  };
  return (
    <div data-testid="result-cache">
      <p><small>Cached results are encrypted and kept per person with access; a project can opt out with its "Use cache" switch.</small></p>
      <form onSubmit={onSubmit} className="inline">
        <label className="field">
          <span>Cache mode</span>
          <select aria-label="Cache mode" value={mode} onChange={(e) => setMode(e.target.value as CacheMode)}>
            {CACHE_MODES.map((m) => <option key={m} value={m}>{m === 'OFF' ? 'OFF (never cache)' : 'TTL (keep for a while)'}</option>)}
          </select>
        </label>
        {mode === 'TTL' && (
          <label className="field"><span>TTL (seconds)</span><input type="number" min={1} step={1} required value={ttl} onChange={(e) => setTtl(e.target.value)} /></label>
        )}
        <button type="submit" disabled={action.busy}>Save cache policy</button>
        <button type="button" className="danger" onClick={empty} disabled={action.busy}>Empty cache</button>
      </form>
      {removed !== undefined && <p data-testid="cache-emptied" className="ok">{removed === 1 ? '1 entry removed' : `${removed} entries removed`}</p>}
      <ErrorBox error={action.error} />
    </div>
  );
}
