import { useState, type FormEvent } from 'react';
import { CopyButton } from '../CopyButton';
import { ErrorBox } from '../ErrorBox';
import { graphql } from '../gql';
import type { SsoQuery } from '../gql/graphql';
import { gql } from '../graphql';
import { useAction, useQuery } from '../hooks';
import { Link } from 'react-router';
import { ROLES, type WorkspaceRole } from '../types';
import { SsoDomains, type DomainChoice } from './SsoDomains';

type Sso = NonNullable<NonNullable<SsoQuery['workspace']>['sso']>;

const SSO = graphql(`query Sso($id: ID!) { workspace(id: $id) { id name sso { issuer clientId hasClientSecret allowedDomains defaultRole enforceSso } domains { domain status } } }`);
export const CONFIGURE_SSO = graphql(`mutation ConfigureSso($input: ConfigureSsoInput!) { configureSso(input: $input) { workspace { id } } }`);

/** Presets for the common providers; any compliant issuer works. */
const PRESETS = [
  { label: 'Google Workspace', issuer: 'https://accounts.google.com' },
  { label: 'Okta', issuer: 'https://YOUR-ORG.okta.com' },
];

export function SsoSettingsPage({ workspaceId }: { workspaceId: string }) {
  const { data, error } = useQuery(SSO, { id: workspaceId });
  if (error) return <main><ErrorBox error={error} /></main>;
  if (!data) return <main><p>Loading…</p></main>;
  if (!data.workspace) return <main><ErrorBox error="Workspace not found." /></main>;
  const verified = data.workspace.domains.filter((d) => d.status === 'VERIFIED').map((d) => d.domain);
  return <SsoForm workspaceId={workspaceId} name={data.workspace.name} current={data.workspace.sso} verified={verified} />;
}

function SsoForm({ workspaceId, name, current, verified }: { workspaceId: string; name: string; current: Sso | null; verified: string[] }) {
  const action = useAction();
  const [saved, setSaved] = useState(false);
  const [configured, setConfigured] = useState(current !== null);
  const [form, setForm] = useState({
    issuer: current?.issuer ?? '', clientId: current?.clientId ?? '', clientSecret: '',
    defaultRole: current?.defaultRole ?? 'VIEWER' as WorkspaceRole, enforceSso: current?.enforceSso ?? false,
  });
  // No list (or an empty one) means every verified domain of the workspace, including ones verified later.
  const [domains, setDomains] = useState<DomainChoice>(
    current?.allowedDomains?.length ? { all: false, selected: current.allowedDomains } : { all: true, selected: [] },
  );
  const set = (key: 'issuer' | 'clientId' | 'clientSecret') => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: e.target.value }));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const result = await action.run(async () => {
      if (!domains.all && domains.selected.length === 0) throw new Error('Choose at least one domain, or let single sign-on apply to all verified domains.');
      return gql(CONFIGURE_SSO, {
        input: {
          workspaceId, issuer: form.issuer.trim(), clientId: form.clientId.trim(), clientSecret: form.clientSecret || null,
          // Left out: the server applies single sign-on to all verified domains.
          ...(domains.all ? {} : { allowedDomains: domains.selected }), defaultRole: form.defaultRole, enforceSso: form.enforceSso,
        },
      });
    });
    setForm((f) => ({ ...f, clientSecret: '' }));
    if (result !== undefined) {
      setSaved(true);
      setConfigured(true);
    }
  };

  return (
    <main>
      <p className="crumbs"><Link to="/">Workspaces</Link> / <Link to={`/workspaces/${encodeURIComponent(workspaceId)}`}>{name}</Link></p>
      <h1>Single sign-on</h1>
      <p>Presets: {PRESETS.map((p) => (
        <button key={p.label} type="button" onClick={() => setForm((f) => ({ ...f, issuer: p.issuer }))}>{p.label}</button>
      ))} — or any OpenID Connect issuer. Redirect URI to register: <code>{window.location.origin}/sso/callback</code></p>
      <ErrorBox error={action.error} />
      {saved && <p role="status" className="ok">Saved.</p>}
      <form onSubmit={save} className="stack">
        <label className="field"><span>Issuer URL</span><input required value={form.issuer} onChange={set('issuer')} /></label>
        <label className="field"><span>Client ID</span><input required value={form.clientId} onChange={set('clientId')} /></label>
        <label className="field">
          <span>Client secret</span>
          <input type="password" autoComplete="new-password" value={form.clientSecret} onChange={set('clientSecret')}
            placeholder={current?.hasClientSecret ? 'set — leave empty to keep it' : ''} />
        </label>
        <SsoDomains workspaceId={workspaceId} verified={verified} value={domains} onChange={setDomains} />
        <label className="field">
          <span>Default role for new users</span>
          <select aria-label="Default role for new users" value={form.defaultRole} onChange={(e) => setForm((f) => ({ ...f, defaultRole: e.target.value as WorkspaceRole }))}>
            {ROLES.filter((r) => r !== 'ADMIN').map((r) => <option key={r} value={r}>{r}</option>)}
          </select>
        </label>
        <label><input type="checkbox" checked={form.enforceSso} onChange={(e) => setForm((f) => ({ ...f, enforceSso: e.target.checked }))} /> Enforce SSO (accounts in your verified domains cannot sign in with a password)</label>
        <button type="submit" disabled={action.busy}>Save SSO settings</button>
      </form>
      {configured && <LinkedSignIn workspaceId={workspaceId} />}
    </main>
  );
}

/** The sign-in address for accounts linked to the provider whose e-mail is in none of the verified domains. */
function LinkedSignIn({ workspaceId }: { workspaceId: string }) {
  const url = `${window.location.origin}/sso/start?workspaceId=${encodeURIComponent(workspaceId)}`;
  return (
    <section data-testid="linked-sign-in">
      <h2>Sign-in link for linked accounts</h2>
      <p>
        Members who linked their account to your provider but whose address is outside your verified domains sign in
        with single sign-on through this link, as the sign-in page finds your provider by a verified domain only.
      </p>
      <div className="inline"><code className="secret">{url}</code><CopyButton text={url} label="Copy sign-in link" /></div>
    </section>
  );
}
