import { useId, useState, type FormEvent } from 'react';
import { ErrorBox } from '../ErrorBox';
import { gql, GraphQLRequestError } from '../graphql';
import { useAction, useQuery } from '../hooks';
import { Link } from 'react-router';
import { Time } from '../Time';
import { AuditActivityPanel } from './AuditActivity';
import { TableScroll } from '../TableScroll';

interface AuditEvent {
  sequence: number | string;
  type: string;
  recordedAt: string;
  /** id and kind (User, System or Anonymous) come from the hashed metadata; email is looked up now, not hashed. */
  actor: { id: string | null; kind: string; email: string | null } | null;
  streamId: string;
  data: unknown;
  hash: string;
  chainId: string;
  /** A GraphQL Long: the event's position in the workspace's hash chain. */
  chainPosition: number | string;
  /** The envelope version the hash covers (0 or 1). */
  envelope: number;
  /** The hashed metadata exactly as stored (actorId, actorKind, apiTokenId, correlationId, ipAddress, userAgent). */
  metadata: unknown;
  /** The accounts and addresses the data names by id, resolved now (not hashed; an erased one is left out). */
  people: { id: string; kind: string; email: string }[];
}

interface AuditEventsData {
  workspace: { id: string; name: string } | null;
  auditEvents: {
    edges: { node: AuditEvent }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

/** The newest signed checkpoint, and what verification made of it. */
interface CheckpointCheck {
  position: number | string;
  hash: string;
  signedAt: string;
  keyId: string;
  signatureValid: boolean;
  matches: boolean;
}

interface AuditVerification {
  valid: boolean;
  checkedEvents: number | string;
  firstBrokenSequence: number | string | null;
  headHash: string | null;
  headPosition: number | string;
  unanchoredEvents: number | string;
  /** Why the chain is not valid, in words; null when it is. */
  problem: string | null;
  checkpoint: CheckpointCheck | null;
}

interface AuditCheckpoint {
  chainId: string;
  position: number | string;
  hash: string;
  signedAt: string;
  keyId: string;
  algorithm: string;
  signature: string;
}

export interface AuditFilterForm {
  types: string[];
  actorId: string;
  streamId: string;
  from: string;
  to: string;
}

interface AuditMember {
  userId: string;
  email: string;
  role: string;
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
    edges {
      node { sequence type recordedAt actor { id kind email } streamId data hash chainId chainPosition envelope metadata people { id kind email } }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;
const AUDIT_EVENT_TYPES = `query AuditEventTypes($workspaceId: ID!) {
  auditEventTypes(workspaceId: $workspaceId) { module types }
}`;
const AUDIT_PEOPLE = `query AuditPeople($workspaceId: ID!) {
  workspace(id: $workspaceId) { id members(first: 500) { edges { node { userId email role } } } }
}`;
const VERIFY_AUDIT_CHAIN = `query VerifyAuditChain($workspaceId: ID!) {
  verifyAuditChain(workspaceId: $workspaceId) {
    valid checkedEvents firstBrokenSequence headHash headPosition unanchoredEvents problem
    checkpoint { position hash signedAt keyId signatureValid matches }
  }
}`;
const ANCHOR_AUDIT_CHAIN = `mutation AnchorAuditChain($input: AnchorAuditChainInput!) {
  anchorAuditChain(input: $input) { checkpoint { chainId position hash signedAt keyId algorithm signature } }
}`;

const EMPTY_FORM: AuditFilterForm = { types: [], actorId: '', streamId: '', from: '', to: '' };

/** The AuditFilter variable for the form: the chosen types, and datetime-local values (local time) as UTC ISO. */
export function buildAuditFilter(form: AuditFilterForm): AuditFilter | undefined {
  const filter: AuditFilter = {};
  if (form.types.length) filter.types = [...form.types];
  if (form.actorId.trim()) filter.actorId = form.actorId.trim();
  if (form.streamId.trim()) filter.streamId = form.streamId.trim();
  if (form.from) filter.from = new Date(form.from).toISOString();
  if (form.to) filter.to = new Date(form.to).toISOString();
  return Object.keys(filter).length ? filter : undefined;
}

/**
 * The download address of the workspace's audit log in a format, narrowed like the page: GET /audit/export filters
 * on the event types and the time range only (not on the actor or the stream).
 */
export function auditExportHref(workspaceId: string, filter: AuditFilter | undefined, format: 'jsonl' | 'csv'): string {
  const params = new URLSearchParams({ workspaceId });
  if (filter?.from) params.set('from', filter.from);
  if (filter?.to) params.set('to', filter.to);
  if (filter?.types?.length) params.set('types', filter.types.join(','));
  params.set('format', format);
  return `/audit/export?${params}`;
}

/** The error with its code after the message (CONFLICT, UNAVAILABLE, ...), for errors an auditor may have to report. */
function withCode(error: unknown): unknown {
  return error instanceof GraphQLRequestError
    ? new GraphQLRequestError(error.code, `${error.message} (${error.code})`, error.fields)
    : error;
}

const plural = (count: number, noun: string) => `${count.toLocaleString()} ${noun}${count === 1 ? '' : 's'}`;

export function AuditPage({ workspaceId }: { workspaceId: string }) {
  const [form, setForm] = useState(EMPTY_FORM);
  const [filter, setFilter] = useState<AuditFilter>();
  const [after, setAfter] = useState<string | null>(null);
  const { data, error } = useQuery<AuditEventsData>(AUDIT_EVENTS, { workspaceId, filter, after });
  // The type filter's choices come from the server, grouped by module: no guessing names or their case.
  const eventTypes = useQuery<{ auditEventTypes: { module: string; types: string[] }[] }>(AUDIT_EVENT_TYPES, {
    workspaceId,
  });
  // People are picked by e-mail among the members (ADMINs and AUDITORs see them); anyone else by the Actor ID field.
  const people = useQuery<{ workspace: { members: { edges: { node: AuditMember }[] } } | null }>(AUDIT_PEOPLE, {
    workspaceId,
  });
  const members = people.data?.workspace?.members.edges.map((e) => e.node) ?? [];
  const pickedMember = members.some((m) => m.userId === form.actorId.trim()) ? form.actorId.trim() : '';
  const verify = useAction();
  const anchor = useAction();
  const [verification, setVerification] = useState<AuditVerification>();
  const [signed, setSigned] = useState<AuditCheckpoint>();
  const verifyHeadingId = useId();
  const exportHeadingId = useId();

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

  const signNow = async () => {
    setSigned(undefined);
    const result = await anchor.run(() =>
      gql<{ anchorAuditChain: { checkpoint: AuditCheckpoint } }>(ANCHOR_AUDIT_CHAIN, { input: { workspaceId } }),
    );
    if (!result) return;
    setSigned(result.anchorAuditChain.checkpoint);
    await runVerify();
  };

  const input = (key: Exclude<keyof AuditFilterForm, 'types'>, label: string, type = 'text', placeholder?: string) => (
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

      <section aria-labelledby={verifyHeadingId}>
        <h2 id={verifyHeadingId}>Chain verification</h2>
        <div className="verify">
          <button type="button" onClick={runVerify} disabled={verify.busy || anchor.busy}>
            Verify chain
          </button>
          <button type="button" onClick={signNow} disabled={verify.busy || anchor.busy}>
            Sign checkpoint now
          </button>
          {verify.busy && <span>Verifying…</span>}
          {anchor.busy && <span>Signing…</span>}
        </div>
        <p role="status" className="hint" data-testid="anchor-result">
          {signed && (
            <>
              Checkpoint signed at position {signed.position} (key {signed.keyId}, {signed.algorithm}),{' '}
              <Time value={signed.signedAt} />.
            </>
          )}
        </p>
        <ErrorBox error={withCode(anchor.error)} />
        {verification && <VerifyResult result={verification} />}
        <ErrorBox error={withCode(verify.error)} />
      </section>

      <AuditActivityPanel workspaceId={workspaceId} />

      <h2>Events</h2>
      <form onSubmit={apply} className="filters" aria-label="Filter events">
        <label className="field">
          <span>Event types</span>
          <select
            multiple
            size={6}
            value={form.types}
            onChange={(e) => setForm({ ...form, types: Array.from(e.target.selectedOptions, (o) => o.value) })}
          >
            {eventTypes.data?.auditEventTypes.map((group) => (
              <optgroup key={group.module} label={group.module}>
                {group.types.map((type) => (
                  <option key={type} value={type}>
                    {type}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Person</span>
          <select value={pickedMember} onChange={(e) => setForm({ ...form, actorId: e.target.value })}>
            <option value="">{form.actorId.trim() && !pickedMember ? 'Someone else (the Actor ID)' : 'Anyone'}</option>
            {members.map((m) => (
              <option key={m.userId} value={m.userId}>
                {m.email} ({m.role})
              </option>
            ))}
          </select>
        </label>
        {input('actorId', 'Actor ID')}
        {input('streamId', 'Stream ID')}
        {input('from', 'From', 'datetime-local')}
        {input('to', 'To', 'datetime-local')}
        <button type="submit">Apply</button>
      </form>

      <section aria-labelledby={exportHeadingId}>
        <h3 id={exportHeadingId}>Export</h3>
        <p className="hint">
          The chain's events in the applied time range (events of other types as hashed stubs), the signed
          checkpoints among them and the signing public key. Each export is recorded in the audit log.
        </p>
        <div className="inline">
          <a href={auditExportHref(workspaceId, filter, 'jsonl')} download>
            Download JSON lines
          </a>
          <a href={auditExportHref(workspaceId, filter, 'csv')} download>
            Download CSV
          </a>
        </div>
        <p className="hint" data-testid="export-filter-note">
          The export uses the applied event types and times; it does not filter on the actor or the stream.
        </p>
        <p className="hint">
          Verify offline: <code>python3 tools/verify-audit.py &lt;file&gt; --public-key &lt;key.pem&gt;</code> (JSON
          lines export)
        </p>
      </section>

      <ErrorBox error={error} />
      {!data && !error && <p>Loading…</p>}
      {data && (
        <>
          <TableScroll label="Audit events">
            <table data-testid="audit-table" className="audit">
              <thead>
                <tr>
                  <th scope="col" title="Position in the workspace's hash chain">Chain #</th>
                  <th scope="col" title="The event store's sequence">Seq</th>
                  <th scope="col">Recorded</th>
                  <th scope="col">Type</th>
                  <th scope="col">Actor</th>
                  <th scope="col">Stream</th>
                  <th scope="col">Data</th>
                  <th scope="col">Hash</th>
                  <th scope="col">Hashed metadata</th>
                </tr>
              </thead>
              <tbody>
                {events.map((e) => (
                  <tr key={String(e.sequence)} data-testid="audit-row">
                    <td>{e.chainPosition}</td>
                    <td>{e.sequence}</td>
                    <td><Time value={e.recordedAt} /></td>
                    <td>{e.type}</td>
                    <td title={e.actor ? `${e.actor.kind} ${e.actor.id ?? ''}`.trim() : undefined}>
                      <ActorCell actor={e.actor} />
                    </td>
                    <td className="mono">{e.streamId}</td>
                    <td>
                      <code className="data">{JSON.stringify(e.data)}</code>
                      <PeopleNamed people={e.people} />
                    </td>
                    <td className="mono" title={e.hash}>{e.hash.slice(0, 12)}</td>
                    <td>
                      <details data-testid="audit-metadata">
                        <summary>Envelope v{e.envelope}</summary>
                        <code className="data">{e.metadata == null ? 'none' : JSON.stringify(e.metadata, null, 2)}</code>
                        <span className="hint">
                          Chain <span className="mono">{e.chainId}</span>
                        </span>
                      </details>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
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

/** Events name people by id only; who those ids are now, from the directory (not covered by the hash). */
function PeopleNamed({ people }: { people: AuditEvent['people'] }) {
  if (!people?.length) return null;
  return (
    <ul className="hint people" data-testid="audit-people" title="Looked up now in the directory; the hash covers the ids only">
      {people.map((p) => (
        <li key={p.id}>
          <span className="mono">{p.id.slice(0, 8)}</span> = {p.email} ({p.kind === 'address' ? 'address' : 'account'})
        </li>
      ))}
    </ul>
  );
}

function ActorCell({ actor }: { actor: AuditEvent['actor'] }) {
  if (!actor) return <>—</>;
  if (!actor.email) return <>{actor.id ?? actor.kind}</>;
  return (
    <>
      {actor.email}{' '}
      <small className="hint" title="Looked up now in the directory; the hash covers the actor's id and kind, not the email">
        (directory, not hashed)
      </small>
    </>
  );
}

function VerifyResult({ result }: { result: AuditVerification }) {
  const unanchored = Number(result.unanchoredEvents);
  const checkpoint = result.checkpoint;
  return (
    <div data-testid="verify-details">
      {result.valid ? (
        <p data-testid="verify-result" className="ok verdict">
          Chain valid: {result.checkedEvents} events checked
          {result.headHash && <>, head <span className="mono hash">{result.headHash}</span></>}
        </p>
      ) : (
        <p data-testid="verify-result" className="broken verdict" role="alert">
          Chain INVALID: {result.problem ?? 'no reason given.'}
          {result.firstBrokenSequence != null && <> First broken event: sequence {result.firstBrokenSequence}.</>}
        </p>
      )}
      <dl className="facts">
        <dt>Checked events</dt>
        <dd data-testid="verify-checked">{result.checkedEvents}</dd>
        <dt>Head position</dt>
        <dd data-testid="verify-head">
          {result.headPosition}
          {result.headHash && (
            <>
              {' '}(<span className="mono hash">{result.headHash}</span>)
            </>
          )}
        </dd>
        <dt>Newest checkpoint</dt>
        <dd data-testid="verify-checkpoint">
          {checkpoint ? (
            <>
              Position {checkpoint.position}, signed <Time value={checkpoint.signedAt} />, key{' '}
              <span className="mono">{checkpoint.keyId}</span>, hash{' '}
              <span className="mono hash">{checkpoint.hash}</span>:{' '}
              <span className={checkpoint.signatureValid ? 'ok' : 'broken'}>
                {checkpoint.signatureValid ? 'signature valid' : 'signature INVALID'}
              </span>
              ,{' '}
              <span className={checkpoint.matches ? 'ok' : 'broken'}>
                {checkpoint.matches ? 'matches the chain' : 'does not match the chain'}
              </span>
            </>
          ) : (
            'No signed checkpoint yet'
          )}
        </dd>
      </dl>
      {unanchored > 0 && (
        <p className="hint" data-testid="verify-unanchored">
          {plural(unanchored, 'event')} not yet anchored (checkpoints are signed every minute; sign one now to cover
          them).
        </p>
      )}
    </div>
  );
}
