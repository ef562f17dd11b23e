import { useState, type FormEvent } from 'react';
import { CopyButton } from '../CopyButton';
import { ErrorBox } from '../ErrorBox';
import { graphql } from '../gql';
import type { DomainFieldsFragment as WorkspaceDomain } from '../gql/graphql';
import { gql } from '../graphql';
import { useAction, useQuery } from '../hooks';
import { Link } from 'react-router';
import { Time } from '../Time';

graphql(`fragment DomainFields on WorkspaceDomain { domain status txtRecordName txtRecordValue claimedAt verifiedAt }`);
const DOMAINS = graphql(`query Domains($id: ID!) { workspace(id: $id) { id name domains { ...DomainFields } } }`);
export const CLAIM_DOMAIN = graphql(`mutation ClaimDomain($input: ClaimDomainInput!) { claimDomain(input: $input) { domain { ...DomainFields } } }`);
export const VERIFY_DOMAIN = graphql(`mutation VerifyDomain($input: VerifyDomainInput!) { verifyDomain(input: $input) { domain { ...DomainFields } } }`);
export const RELEASE_DOMAIN = graphql(`mutation ReleaseDomain($input: ReleaseDomainInput!) { releaseDomain(input: $input) { releasedDomain } }`);

/** ADMIN: the e-mail domains this workspace proves it owns (a DNS TXT record); single sign-on applies to the verified ones. */
export function DomainsPage({ workspaceId }: { workspaceId: string }) {
  const { data, error, setData } = useQuery(DOMAINS, { id: workspaceId });
  const claim = useAction();
  const [domain, setDomain] = useState('');
  if (error) return <main><ErrorBox error={error} /></main>;
  if (!data) return <main><p>Loading…</p></main>;
  const workspace = data.workspace;
  if (!workspace) return <main><ErrorBox error="Workspace not found." /></main>;

  const update = (change: (domains: WorkspaceDomain[]) => WorkspaceDomain[]) =>
    setData((d) => (d.workspace ? { workspace: { ...d.workspace, domains: change(d.workspace.domains) } } : d));
  const put = (next: WorkspaceDomain) =>
    update((list) => (list.some((d) => d.domain === next.domain) ? list.map((d) => (d.domain === next.domain ? next : d)) : [...list, next]));

  const onClaim = async (event: FormEvent) => {
    event.preventDefault();
    const result = await claim.run(() =>
      gql(CLAIM_DOMAIN, { input: { workspaceId, domain: domain.trim() } }),
    );
    if (!result) return;
    put(result.claimDomain.domain);
    setDomain('');
  };

  return (
    <main>
      <p className="crumbs"><Link to="/">Workspaces</Link> / <Link to={`/workspaces/${encodeURIComponent(workspaceId)}`}>{workspace.name}</Link></p>
      <h1>Domains</h1>
      <p>
        Verify the e-mail domains of your organisation.{' '}
        <Link to={`/workspaces/${encodeURIComponent(workspaceId)}/sso`}>Single sign-on</Link> applies to your verified domains.
      </p>
      <ErrorBox error={claim.error} />
      <form onSubmit={onClaim} className="inline">
        <label className="field">
          <span>Domain</span>
          <input required value={domain} onChange={(e) => setDomain(e.target.value)} placeholder="corp.example" />
        </label>
        <button type="submit" disabled={claim.busy}>Claim domain</button>
      </form>
      {workspace.domains.length === 0 ? (
        <p>No domain claimed yet.</p>
      ) : (
        <ul className="domains">
          {workspace.domains.map((d) => (
            <DomainItem key={d.domain} workspaceId={workspaceId} domain={d} onChanged={put}
              onReleased={() => update((list) => list.filter((x) => x.domain !== d.domain))} />
          ))}
        </ul>
      )}
    </main>
  );
}

function DomainItem({ workspaceId, domain: d, onChanged, onReleased }: {
  workspaceId: string; domain: WorkspaceDomain; onChanged: (d: WorkspaceDomain) => void; onReleased: () => void;
}) {
  const action = useAction();
  const input = { input: { workspaceId, domain: d.domain } };

  const verify = async () => {
    const result = await action.run(() => gql(VERIFY_DOMAIN, input));
    if (result) onChanged(result.verifyDomain.domain);
  };
  const release = async () => {
    if (!window.confirm(`Release ${d.domain}? Single sign-on stops applying to its addresses.`)) return;
    if ((await action.run(() => gql(RELEASE_DOMAIN, input))) !== undefined) onReleased();
  };

  return (
    <li data-testid="domain-row">
      <div className="inline">
        <strong>{d.domain}</strong>
        <span className={`badge ${d.status === 'VERIFIED' ? 'verified' : 'pending'}`} data-testid="domain-status">{d.status}</span>
        {d.verifiedAt && <small>verified <Time value={d.verifiedAt} /></small>}
        <span className="spacer" />
        {d.status === 'PENDING' && <button type="button" disabled={action.busy} onClick={verify}>Verify now</button>}
        <button type="button" className="danger" disabled={action.busy} onClick={release}>Release</button>
      </div>
      <ErrorBox error={action.error} />
      {d.status === 'PENDING' && (
        <div className="notice" data-testid="txt-record">
          <p>
            Add this TXT record at your DNS provider (at {d.txtRecordName} or at {d.domain} itself), then verify.
          </p>
          <dl className="facts">
            <dt>Name</dt>
            <dd className="inline"><code className="secret">{d.txtRecordName}</code><CopyButton text={d.txtRecordName} label="Copy name" /></dd>
            <dt>Value</dt>
            <dd className="inline"><code className="secret">{d.txtRecordValue}</code><CopyButton text={d.txtRecordValue} label="Copy value" /></dd>
          </dl>
        </div>
      )}
    </li>
  );
}
