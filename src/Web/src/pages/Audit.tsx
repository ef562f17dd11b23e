import { useId, useMemo, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { CopyButton } from '../CopyButton';
import { ErrorBox } from '../ErrorBox';
import { graphql } from '../gql';
import type { AnchorAuditChainMutation, VerifyAuditChainQuery } from '../gql/graphql';
import { gql, GraphQLRequestError } from '../graphql';
import { useAction, useQuery } from '../hooks';
import { TableScroll } from '../TableScroll';
import { Time } from '../Time';
import { AuditActivityPanel } from './AuditActivity';
import { AuditEventDetails, type AuditEvent } from './AuditEventDetails';
import { describeAuditEvent, mergeNames, namesFromEvents, shortId, type AuditNames } from './auditSentences';

type AuditVerification = VerifyAuditChainQuery['verifyAuditChain'];
type AuditCheckpoint = AnchorAuditChainMutation['anchorAuditChain']['checkpoint'];

export interface AuditFilterForm {
  types: string[];
  actorId: string;
  streamId: string;
  from: string;
  to: string;
}

interface Named {
  id: string;
  name: string;
}

export interface AuditFilter {
  types?: string[];
  actorId?: string;
  streamId?: string;
  from?: string;
  to?: string;
}

const AUDIT_EVENTS = graphql(`query AuditEvents($workspaceId: ID!, $filter: AuditFilter, $after: String) {
  auditEvents(workspaceId: $workspaceId, filter: $filter, first: 50, after: $after) {
    edges { node { ...AuditEventFields } }
    pageInfo { hasNextPage endCursor }
  }
}`);
const AUDIT_EVENT = graphql(`query AuditEvent($workspaceId: ID!, $sequence: Long!) {
  auditEvent(workspaceId: $workspaceId, sequence: $sequence) { ...AuditEventFields }
}`);
const AUDIT_EVENT_TYPES = graphql(`query AuditEventTypes($workspaceId: ID!) {
  auditEventTypes(workspaceId: $workspaceId) { module types }
}`);
const AUDIT_PEOPLE = graphql(`query AuditPeople($workspaceId: ID!) {
  workspace(id: $workspaceId) { id members(first: 500) { edges { node { userId email role } } } }
}`);
// Projects and connections are asked for apart: a viewer who may not list one still gets the other's names.
const AUDIT_PROJECTS = graphql(`query AuditProjects($workspaceId: ID!) {
  workspace(id: $workspaceId) { id name projects(first: 500) { edges { node { id name } } } }
}`);
const AUDIT_CONNECTIONS = graphql(`query AuditConnections($workspaceId: ID!) {
  workspace(id: $workspaceId) { id connections(first: 500) { edges { node { id name } } } }
}`);
const VERIFY_AUDIT_CHAIN = graphql(`query VerifyAuditChain($workspaceId: ID!) {
  verifyAuditChain(workspaceId: $workspaceId) {
    valid checkedEvents firstBrokenSequence headHash headPosition unanchoredEvents problem
    checkpoint { position hash signedAt keyId signatureValid matches }
  }
}`);
const ANCHOR_AUDIT_CHAIN = graphql(`mutation AnchorAuditChain($input: AnchorAuditChainInput!) {
  anchorAuditChain(input: $input) { checkpoint { chainId position hash signedAt keyId algorithm signature } }
}`);

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

/** The applied filter as the page's query string (types comma-separated, times as UTC ISO), so a view can be shared. */
export function auditFilterSearch(filter: AuditFilter | undefined): URLSearchParams {
  const params = new URLSearchParams();
  if (filter?.types?.length) params.set('types', filter.types.join(','));
  if (filter?.actorId) params.set('actor', filter.actorId);
  if (filter?.streamId) params.set('resource', filter.streamId);
  if (filter?.from) params.set('from', filter.from);
  if (filter?.to) params.set('to', filter.to);
  return params;
}

/** The filter a query string applies (the reverse of auditFilterSearch); undefined when it sets none. */
export function auditFilterFromSearch(params: URLSearchParams): AuditFilter | undefined {
  const filter: AuditFilter = {};
  const types = (params.get('types') ?? '').split(',').map((t) => t.trim()).filter(Boolean);
  if (types.length) filter.types = types;
  const text = (key: string) => params.get(key)?.trim() || undefined;
  const time = (key: string) => {
    const value = text(key);
    return value && !Number.isNaN(new Date(value).getTime()) ? new Date(value).toISOString() : undefined;
  };
  const actorId = text('actor');
  const streamId = text('resource');
  const from = time('from');
  const to = time('to');
  if (actorId) filter.actorId = actorId;
  if (streamId) filter.streamId = streamId;
  if (from) filter.from = from;
  if (to) filter.to = to;
  return Object.keys(filter).length ? filter : undefined;
}

/** A UTC ISO time as a datetime-local value in the viewer's time zone (minutes). */
function toLocalInput(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function formFromFilter(filter: AuditFilter | undefined): AuditFilterForm {
  return {
    types: filter?.types ?? [],
    actorId: filter?.actorId ?? '',
    streamId: filter?.streamId ?? '',
    from: toLocalInput(filter?.from),
    to: toLocalInput(filter?.to),
  };
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
  if (filter?.actorId) params.set('actorId', filter.actorId);
  if (filter?.streamId) params.set('streamId', filter.streamId);
  params.set('format', format);
  return `/audit/export?${params}`;
}

/** The page's address showing one event: what a row's "Link" points at. */
export function auditEventHref(workspaceId: string, sequence: number | string): string {
  return `/workspaces/${encodeURIComponent(workspaceId)}/audit?event=${encodeURIComponent(String(sequence))}`;
}

/** The error with its code after the message (CONFLICT, UNAVAILABLE, ...), for errors an auditor may have to report. */
function withCode(error: unknown): unknown {
  return error instanceof GraphQLRequestError
    ? new GraphQLRequestError(error.code, `${error.message} (${error.code})`, error.fields)
    : error;
}

const plural = (count: number, noun: string) => `${count.toLocaleString()} ${noun}${count === 1 ? '' : 's'}`;

const byId = (items: Named[] | undefined) => new Map((items ?? []).map((i) => [i.id, i.name]));

/** The viewer's time zone, named in the table's header (times show in it). */
function viewerTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'your time zone';
  } catch {
    return 'your time zone';
  }
}

/** The workspace's names the sentences use: members, projects and connections, each asked for once. */
function useWorkspaceNames(workspaceId: string) {
  // People are picked by e-mail among the members (ADMINs and AUDITORs see them); anyone else by the Actor ID field.
  const people = useQuery(AUDIT_PEOPLE, {
    workspaceId,
  });
  const projects = useQuery(
    AUDIT_PROJECTS,
    { workspaceId },
  );
  const connections = useQuery(
    AUDIT_CONNECTIONS,
    { workspaceId },
  );
  const members = useMemo(() => people.data?.workspace?.members?.edges.map((e) => e.node) ?? [], [people.data]);
  const projectList = useMemo(() => projects.data?.workspace?.projects?.edges.map((e) => e.node) ?? [], [projects.data]);
  const connectionList = useMemo(
    () => connections.data?.workspace?.connections?.edges.map((e) => e.node) ?? [],
    [connections.data],
  );
  const names = useMemo<AuditNames>(
    () => ({
      projects: byId(projectList),
      connections: byId(connectionList),
      people: new Map(members.map((m) => [m.userId, m.email])),
    }),
    [projectList, connectionList, members],
  );
  return { members, projects: projectList, connections: connectionList, names, workspaceName: projects.data?.workspace?.name };
}

/** What a stream id is, by name when it is one of the workspace's projects or connections. */
function streamLabel(streamId: string, names: AuditNames): string | undefined {
  const project = names.projects?.get(streamId);
  if (project) return `the project “${project}”`;
  const connection = names.connections?.get(streamId);
  if (connection) return `the connection “${connection}”`;
  return undefined;
}

export function AuditPage({ workspaceId }: { workspaceId: string }) {
  const [search] = useSearchParams();
  const eventParam = search.get('event');
  const workspace = useWorkspaceNames(workspaceId);
  const verify = useAction();
  const anchor = useAction();
  const [verification, setVerification] = useState<AuditVerification>();
  const [signed, setSigned] = useState<AuditCheckpoint>();
  const verifyHeadingId = useId();

  const runVerify = async () => {
    setVerification(undefined);
    const result = await verify.run(() =>
      gql(VERIFY_AUDIT_CHAIN, { workspaceId }),
    );
    if (result) setVerification(result.verifyAuditChain);
  };

  const signNow = async () => {
    setSigned(undefined);
    const result = await anchor.run(() =>
      gql(ANCHOR_AUDIT_CHAIN, { input: { workspaceId } }),
    );
    if (!result) return;
    setSigned(result.anchorAuditChain.checkpoint);
    await runVerify();
  };

  return (
    <main>
      <p className="crumbs">
        <Link to="/">Workspaces</Link> /{' '}
        <Link to={`/workspaces/${encodeURIComponent(workspaceId)}`}>{workspace.workspaceName ?? 'Workspace'}</Link>
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

      {eventParam != null ? (
        <OneEvent workspaceId={workspaceId} sequence={eventParam} names={workspace.names} />
      ) : (
        <>
          <AuditActivityPanel workspaceId={workspaceId} />
          <EventLog workspaceId={workspaceId} workspace={workspace} />
        </>
      )}
    </main>
  );
}

/** The log, filtered by the query string (types, actor, resource, from, to) so a filtered view can be shared. */
function EventLog({ workspaceId, workspace }: { workspaceId: string; workspace: ReturnType<typeof useWorkspaceNames> }) {
  const [search, setSearch] = useSearchParams();
  const filter = useMemo(() => auditFilterFromSearch(search), [search]);
  const filterKey = JSON.stringify(filter ?? null);
  // The form and the page cursor belong to the applied filter: a new one (Apply, back, a pasted link) resets both.
  const [formState, setFormState] = useState({ key: filterKey, form: formFromFilter(filter) });
  const form = formState.key === filterKey ? formState.form : formFromFilter(filter);
  const setForm = (next: AuditFilterForm) => setFormState({ key: filterKey, form: next });
  const [page, setPage] = useState<{ key: string; after: string | null }>({ key: filterKey, after: null });
  const after = page.key === filterKey ? page.after : null;
  const setAfter = (cursor: string | null) => setPage({ key: filterKey, after: cursor });

  const { data, error } = useQuery(AUDIT_EVENTS, { workspaceId, filter, after });
  // The type filter's choices come from the server, grouped by module: no guessing names or their case.
  const eventTypes = useQuery(AUDIT_EVENT_TYPES, {
    workspaceId,
  });
  const { members, projects, connections } = workspace;
  const pickedMember = members.some((m) => m.userId === form.actorId.trim()) ? form.actorId.trim() : '';
  const streamId = form.streamId.trim();
  const pickedResource = projects.some((p) => p.id === streamId) || connections.some((c) => c.id === streamId) ? streamId : '';
  const exportHeadingId = useId();
  const eventsHeadingId = useId();
  const gapNoteId = useId();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());

  const events = useMemo(() => data?.auditEvents.edges.map((e) => e.node) ?? [], [data]);
  const pageInfo = data?.auditEvents.pageInfo;
  // Names of resources deleted since are remembered from their creation or renaming, when that is on this page.
  const names = useMemo<AuditNames>(() => {
    const remembered = namesFromEvents(events);
    return {
      ...workspace.names,
      projects: mergeNames(workspace.names.projects, remembered.projects),
      connections: mergeNames(workspace.names.connections, remembered.connections),
      files: remembered.files,
      tokens: remembered.tokens,
    };
  }, [events, workspace.names]);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setSearch(auditFilterSearch(buildAuditFilter(form)));
  };

  const toggle = (key: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });

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

  return (
    <section aria-labelledby={eventsHeadingId}>
      <h2 id={eventsHeadingId}>Events</h2>
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
        <label className="field">
          <span>Resource</span>
          <select value={pickedResource} onChange={(e) => setForm({ ...form, streamId: e.target.value })}>
            <option value="">{streamId && !pickedResource ? 'Something else (the Resource ID)' : 'Any resource'}</option>
            {projects.length > 0 && (
              <optgroup label="Projects">
                {projects.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </optgroup>
            )}
            {connections.length > 0 && (
              <optgroup label="Connections">
                {connections.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </label>
        {input('streamId', 'Resource ID')}
        {input('from', 'From', 'datetime-local')}
        {input('to', 'To', 'datetime-local')}
        <button type="submit">Apply</button>
      </form>
      <p className="hint">
        A resource's events are the changes made to it (its stream). Runs, denials and sign-ins are logged apart: find
        them by type or person. The filter is part of this page's address, so a filtered view can be shared.
      </p>

      <section aria-labelledby={exportHeadingId}>
        <h3 id={exportHeadingId}>Export</h3>
        <p className="hint">
          The chain's events in the applied time range (the others, outside the filter, as hashed stubs), the signed
          checkpoints among them and the signing public key. Each export is recorded in the audit log.
        </p>
        <div className="inline">
          <a className="button-link" href={auditExportHref(workspaceId, filter, 'jsonl')} download>
            Export JSONL
          </a>
          <a className="button-link" href={auditExportHref(workspaceId, filter, 'csv')} download>
            Export CSV
          </a>
        </div>
        <p className="hint" data-testid="export-filter-note">
          The export uses every applied filter (types, times, person, resource); the other events in between come as hashed stubs, so the chain still verifies offline.
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
          <p className="hint audit-note" id={gapNoteId} data-testid="sequence-note">
            Numbers are the log's global sequence; gaps are other workspaces' events. Each event's position in this
            workspace's chain is in its details.
          </p>
          <TableScroll label="Audit events">
            <table data-testid="audit-table" className="audit" aria-describedby={gapNoteId}>
              <caption>Events of this workspace, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Event</th>
                  <th scope="col">Recorded ({viewerTimeZone()})</th>
                  <th scope="col">Actor</th>
                  <th scope="col" title="The log's global sequence">Number</th>
                  <th scope="col">
                    <span className="visually-hidden">Details and link</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {events.map((e) => {
                  const key = String(e.sequence);
                  const expanded = open.has(key);
                  const detailsId = `audit-event-${key}`;
                  return (
                    <EventRows
                      key={key}
                      event={e}
                      names={names}
                      workspaceId={workspaceId}
                      expanded={expanded}
                      detailsId={detailsId}
                      onToggle={() => toggle(key)}
                    />
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
          {events.length === 0 && <p>No events match.</p>}
          <div className="inline">
            <button type="button" disabled={after === null} onClick={() => setAfter(null)}>
              Newest events
            </button>
            <button
              type="button"
              disabled={!pageInfo?.hasNextPage || !pageInfo.endCursor}
              onClick={() => setAfter(pageInfo?.endCursor ?? null)}
            >
              Older events
            </button>
          </div>
        </>
      )}
    </section>
  );
}

function EventRows(props: {
  event: AuditEvent;
  names: AuditNames;
  workspaceId: string;
  expanded: boolean;
  detailsId: string;
  onToggle: () => void;
}) {
  const { event: e, names, workspaceId, expanded, detailsId, onToggle } = props;
  return (
    <>
      <tr data-testid="audit-row">
        <td>
          <p className="audit-sentence" data-testid="audit-sentence">{describeAuditEvent(e, names)}</p>
          <span className="badge">{e.type}</span>
        </td>
        <td><Time value={e.recordedAt} /></td>
        <td><ActorCell actor={e.actor} names={names} /></td>
        <td className="mono">{e.sequence}</td>
        <td>
          <div className="row-actions">
            <button
              type="button"
              className="disclosure"
              aria-expanded={expanded}
              aria-controls={expanded ? detailsId : undefined}
              onClick={onToggle}
            >
              Details{' '}<span className="visually-hidden">of event {e.sequence}</span>
            </button>
            <Link to={auditEventHref(workspaceId, e.sequence)}>
              Link{' '}<span className="visually-hidden">to event {e.sequence}</span>
            </Link>
          </div>
        </td>
      </tr>
      {expanded && (
        <tr className="detail" id={detailsId}>
          <td colSpan={5}>
            <AuditEventDetails event={e} streamName={streamLabel(e.streamId, names)} />
          </td>
        </tr>
      )}
    </>
  );
}

/** One event, opened by its link (?event=N): its sentence and its raw envelope, or why there is none. */
function OneEvent({ workspaceId, sequence, names }: { workspaceId: string; sequence: string; names: AuditNames }) {
  const headingId = useId();
  const valid = /^\d{1,15}$/.test(sequence.trim());
  return (
    <section aria-labelledby={headingId} className="audit-one">
      <h2 id={headingId}>Event {valid ? Number(sequence) : sequence}</h2>
      <p>
        <Link to={`/workspaces/${encodeURIComponent(workspaceId)}/audit`}>Back to the full log</Link>
      </p>
      {valid ? (
        <OneEventBody workspaceId={workspaceId} sequence={Number(sequence)} names={names} />
      ) : (
        <p role="alert" className="alert">“{sequence}” is not an event number.</p>
      )}
    </section>
  );
}

function OneEventBody({ workspaceId, sequence, names }: { workspaceId: string; sequence: number; names: AuditNames }) {
  const { data, error } = useQuery(AUDIT_EVENT, { workspaceId, sequence });
  if (error) return <ErrorBox error={error} />;
  if (!data) return <p>Loading…</p>;
  const event = data.auditEvent;
  if (!event) {
    return (
      <p data-testid="audit-event-missing">
        No event with number {sequence} in this workspace's log.
      </p>
    );
  }
  const href = auditEventHref(workspaceId, event.sequence);
  return (
    <article className="audit-event" data-testid="audit-event">
      <p className="audit-sentence" data-testid="audit-sentence">{describeAuditEvent(event, names)}</p>
      <p className="hint">
        <Time value={event.recordedAt} /> · <ActorCell actor={event.actor} names={names} /> ·{' '}
        <span className="badge">{event.type}</span>
      </p>
      <div className="inline">
        <CopyButton text={`${window.location.origin}${href}`} label="Copy link" />
      </div>
      <AuditEventDetails event={event} streamName={streamLabel(event.streamId, names)} />
    </article>
  );
}

function ActorCell({ actor, names }: { actor: AuditEvent['actor']; names: AuditNames }) {
  if (!actor) return <>—</>;
  const token = actor.apiTokenId ? (
    <>
      {' '}<span className="hint">via {names.tokens?.get(actor.apiTokenId) ? `API token “${names.tokens.get(actor.apiTokenId)}”` : shortId('API token', actor.apiTokenId)}</span>
    </>
  ) : null;
  if (actor.email) {
    return (
      <span title="Looked up now in the directory; the hash covers the actor's id and kind, not the e-mail">
        {actor.email}
        {token}
      </span>
    );
  }
  if (actor.kind === 'System') return <>The system{token}</>;
  if (!actor.id) return <>{actor.kind === 'Anonymous' ? 'Someone (not signed in)' : actor.kind}{token}</>;
  return (
    <span title={actor.id}>
      {shortId(actor.kind === 'User' ? 'user' : actor.kind, actor.id)}
      {token}
    </span>
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
