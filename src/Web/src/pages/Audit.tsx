import { useState, type FormEvent } from 'react';
import { ErrorBox } from '../ErrorBox';
import { gql } from '../graphql';
import { useAction, useQuery } from '../hooks';
import { Link } from '../router';
import { Time } from '../Time';
import { AuditActivityPanel } from './AuditActivity';

interface AuditEvent {
  sequence: number | string;
  type: string;
  recordedAt: string;
  actor: { id: string; kind: string; email: string | null } | null;
  streamId: string;
  data: unknown;
  hash: string;
}

interface AuditEventsData {
  workspace: { id: string; name: string } | null;
  auditEvents: {
    edges: { node: AuditEvent }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

interface AuditVerification {
  valid: boolean;
  checkedEvents: number | string;
  firstBrokenSequence: number | string | null;
  headHash: string | null;
}

export interface AuditFilterForm {
  types: string;
  actorId: string;
  streamId: string;
  from: string;
  to: string;
}

export interface AuditFilter {
  types?: string[];
  actorId?: string;
  streamId?: string;
  from?: string;
  to?: string;
}

const AUDIT_EVENTS = `query AuditEvents($workspaceId: ID!, $filter: AuditFilter, $after: String) {
  workspace(id: $workspaceId) { id name }
  auditEvents(workspaceId: $workspaceId, filter: $filter, first: 50, after: $after) {
    edges { node { sequence type recordedAt actor { id kind email } streamId data hash } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const VERIFY_AUDIT_CHAIN = `query VerifyAuditChain($workspaceId: ID!) {
  verifyAuditChain(workspaceId: $workspaceId) { valid checkedEvents firstBrokenSequence headHash }
}`;

const EMPTY_FORM: AuditFilterForm = { types: '', actorId: '', streamId: '', from: '', to: '' };

/** The AuditFilter variable for the form: comma-separated types, and datetime-local values (local time) as UTC ISO. */
export function buildAuditFilter(form: AuditFilterForm): AuditFilter | undefined {
  const filter: AuditFilter = {};
  const types = form.types.split(',').map((t) => t.trim()).filter(Boolean);
  if (types.length) filter.types = types;
  if (form.actorId.trim()) filter.actorId = form.actorId.trim();
  if (form.streamId.trim()) filter.streamId = form.streamId.trim();
  if (form.from) filter.from = new Date(form.from).toISOString();
  if (form.to) filter.to = new Date(form.to).toISOString();
  return Object.keys(filter).length ? filter : undefined;
}

export function AuditPage({ workspaceId }: { workspaceId: string }) {
  const [form, setForm] = useState(EMPTY_FORM);
  const [filter, setFilter] = useState<AuditFilter>();
  const [after, setAfter] = useState<string | null>(null);
  const { data, error } = useQuery<AuditEventsData>(AUDIT_EVENTS, { workspaceId, filter, after });
  const verify = useAction();
  const [verification, setVerification] = useState<AuditVerification>();

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setFilter(buildAuditFilter(form));
    setAfter(null);
  };

  const runVerify = async () => {
    setVerification(undefined);
    const result = await verify.run(() =>
      gql<{ verifyAuditChain: AuditVerification }>(VERIFY_AUDIT_CHAIN, { workspaceId }),
    );
    if (result) setVerification(result.verifyAuditChain);
  };

  const input = (key: keyof AuditFilterForm, label: string, type = 'text', placeholder?: string) => (
    <label className="field">
      <span>{label}</span>
      <input
        type={type}
        placeholder={placeholder}
        value={form[key]}
        onChange={(e) => setForm({ ...form, [key]: e.target.value })}
      />
    </label>
  );

  const events = data?.auditEvents.edges.map((e) => e.node) ?? [];
  const pageInfo = data?.auditEvents.pageInfo;

  return (
    <main>
      <p className="crumbs">
        <Link to="/">Workspaces</Link> /{' '}
        <Link to={`/workspaces/${encodeURIComponent(workspaceId)}`}>{data?.workspace?.name ?? 'Workspace'}</Link>
      </p>
      <h1>Audit log</h1>

      <section className="verify">
        <button type="button" onClick={runVerify} disabled={verify.busy}>
          Verify chain
        </button>
        {verify.busy && <span>Verifying…</span>}
        {verification && <VerifyResult result={verification} />}
        <ErrorBox error={verify.error} />
      </section>

      <AuditActivityPanel workspaceId={workspaceId} />

      <h2>Events</h2>
      <form onSubmit={apply} className="filters" aria-label="Filter events">
        {input('types', 'Event types', 'text', 'MemberInvited, MemberRemoved')}
        {input('actorId', 'Actor ID')}
        {input('streamId', 'Stream ID')}
        {input('from', 'From', 'datetime-local')}
        {input('to', 'To', 'datetime-local')}
        <button type="submit">Apply</button>
      </form>

      <ErrorBox error={error} />
      {!data && !error && <p>Loading…</p>}
      {data && (
        <>
          <table data-testid="audit-table" className="audit">
            <thead>
              <tr>
                <th scope="col">Seq</th>
                <th scope="col">Recorded</th>
                <th scope="col">Type</th>
                <th scope="col">Actor</th>
                <th scope="col">Stream</th>
                <th scope="col">Data</th>
                <th scope="col">Hash</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={String(e.sequence)} data-testid="audit-row">
                  <td>{e.sequence}</td>
                  <td><Time value={e.recordedAt} /></td>
                  <td>{e.type}</td>
                  <td title={e.actor ? `${e.actor.kind} ${e.actor.id}` : undefined}>
                    {e.actor ? (e.actor.email ?? e.actor.id) : '—'}
                  </td>
                  <td className="mono">{e.streamId}</td>
                  <td><code className="data">{JSON.stringify(e.data)}</code></td>
                  <td className="mono" title={e.hash}>{e.hash.slice(0, 12)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {events.length === 0 && <p>No events match.</p>}
          <div className="inline">
            <button type="button" disabled={after === null} onClick={() => setAfter(null)}>
              First page
            </button>
            <button
              type="button"
              disabled={!pageInfo?.hasNextPage || !pageInfo.endCursor}
              onClick={() => setAfter(pageInfo?.endCursor ?? null)}
            >
              Next page
            </button>
          </div>
        </>
      )}
    </main>
  );
}

function VerifyResult({ result }: { result: AuditVerification }) {
  return result.valid ? (
    <p data-testid="verify-result" className="ok">
      Chain valid: {result.checkedEvents} events checked
      {result.headHash && <>, head <span title={result.headHash}>{result.headHash.slice(0, 12)}</span></>}
    </p>
  ) : (
    <p data-testid="verify-result" className="broken" role="alert">
      Chain BROKEN at sequence {result.firstBrokenSequence ?? '?'} ({result.checkedEvents} events checked)
    </p>
  );
}
