import { useState, type FormEvent } from 'react';
import { ErrorBox } from '../ErrorBox';
import { graphql } from '../gql';
import type { ApiTokenFieldsFragment as ApiToken } from '../gql/graphql';
import { gql } from '../graphql';
import { useAction, useQuery } from '../hooks';
import { Link } from 'react-router';
import { Time } from '../Time';
import { TableScroll } from '../TableScroll';

graphql(`fragment ApiTokenFields on ApiToken { id name ownerEmail createdAt expiresAt lastUsedAt revokedAt }`);
const TOKENS = graphql(`query ApiTokens($id: ID!) { workspace(id: $id) { id name apiTokens(first: 100) { edges { node { ...ApiTokenFields } } } } }`);
export const CREATE_TOKEN = graphql(`mutation CreateApiToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { ...ApiTokenFields } } }`);
const REVOKE_TOKEN = graphql(`mutation RevokeApiToken($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { revokedApiTokenId } }`);

export function ApiTokensPage({ workspaceId }: { workspaceId: string }) {
  const { data, error, setData } = useQuery(TOKENS, { id: workspaceId });
  const action = useAction();
  const [name, setName] = useState('');
  const [days, setDays] = useState('30');
  const [secret, setSecret] = useState<string>();
  const [copied, setCopied] = useState<string>();

  if (error) return <main><ErrorBox error={error} /></main>;
  if (!data) return <main><p>Loading…</p></main>;
  const workspace = data.workspace;
  if (!workspace) return <main><ErrorBox error="Workspace not found." /></main>;

  const put = (token: ApiToken) =>
    setData((d) => d.workspace
      ? { workspace: { ...d.workspace, apiTokens: { edges: [{ node: token }, ...d.workspace.apiTokens.edges.filter((e) => e.node.id !== token.id)] } } }
      : d);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setSecret(undefined);
    setCopied(undefined);
    const result = await action.run(() => gql(CREATE_TOKEN, {
      input: { workspaceId, name, expiresInDays: Number(days) },
    }));
    if (!result) return;
    put(result.createApiToken.apiToken);
    setSecret(result.createApiToken.token);
    setName('');
  };

  const revoke = async (token: ApiToken) => {
    if (!window.confirm(`Revoke ${token.name}? Scripts using it stop working at once.`)) return;
    if (await action.run(() => gql(REVOKE_TOKEN, { input: { apiTokenId: token.id } })) === undefined) return;
    put({ ...token, revokedAt: new Date().toISOString() });
  };

  const copy = (value: string) =>
    navigator.clipboard.writeText(value).then(() => setCopied('Copied'), () => setCopied('Copying failed: select the token and copy it'));

  return (
    <main>
      <p className="crumbs">
        <Link to="/">Workspaces</Link> / <Link to={`/workspaces/${encodeURIComponent(workspaceId)}`}>{workspace.name}</Link>
      </p>
      <h1>API tokens</h1>
      <p>A token acts as you, with your current role, in this workspace only. Send it as <code>Authorization: Bearer …</code>.</p>
      <ErrorBox error={action.error} />
      <form onSubmit={create} className="inline">
        <label className="field"><span>Token name</span><input required value={name} onChange={(e) => setName(e.target.value)} /></label>
        <label className="field"><span>Expires in days</span><input type="number" min={1} max={365} required value={days} onChange={(e) => setDays(e.target.value)} /></label>
        <button type="submit" disabled={action.busy}>Create token</button>
      </form>
      {secret && (
        <section className="notice" data-testid="new-token">
          <p><strong>Copy this token now: it is shown only once.</strong></p>
          <code className="secret">{secret}</code>
          <div className="inline">
            <button type="button" onClick={() => copy(secret)}>Copy token</button>
            <button type="button" onClick={() => setSecret(undefined)}>Done</button>
            <span role="status">{copied}</span>
          </div>
        </section>
      )}
      <TableScroll label="API tokens">
        <table data-testid="tokens-table">
          <thead>
            <tr><th scope="col">Name</th><th scope="col">Owner</th><th scope="col">Expires</th><th scope="col">Last used</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr>
          </thead>
          <tbody>
            {workspace.apiTokens.edges.map(({ node }) => (
              <tr key={node.id} data-testid="token-row">
                <td>{node.name}</td>
                <td>{node.ownerEmail}</td>
                <td><Time value={node.expiresAt} /></td>
                <td>{node.lastUsedAt ? <Time value={node.lastUsedAt} /> : 'never'}</td>
                <td>{node.revokedAt ? 'revoked' : <button type="button" className="danger" onClick={() => revoke(node)} disabled={action.busy}>Revoke</button>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </main>
  );
}
