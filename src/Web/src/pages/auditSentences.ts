/**
 * Audit events as sentences an auditor can read ("alice@acme.test shared “Q3 review” with bob@acme.test at EDIT")
 * instead of JSON full of ids. Pure: everything it names comes from the event (its actor, the people its data names,
 * resolved by the server) and from a lookup of the workspace's current names; an id it cannot name is shown short
 * and marked ("project 3f2a1b2c…"). It never renders a value whose key looks like a secret.
 */

export interface AuditSentenceEvent {
  type: string;
  actor?: { id: string | null; kind: string; email: string | null; apiTokenId?: string | null } | null;
  /** The event's data, camelCase, as the server stored (and hashed) it. */
  data: unknown;
  /** The people the data names by id, with their e-mail looked up now. */
  people?: { id: string; kind: string; email: string }[] | null;
}

/** Names known now (or remembered from older events), by id. Every map is optional. */
export interface AuditNames {
  projects?: ReadonlyMap<string, string>;
  connections?: ReadonlyMap<string, string>;
  files?: ReadonlyMap<string, string>;
  tokens?: ReadonlyMap<string, string>;
  /** People (e.g. the workspace's members): id → e-mail. The event's own `people` come first. */
  people?: ReadonlyMap<string, string>;
  /** SQL blocks: id → their 1-based number in the project. */
  blocks?: ReadonlyMap<string, number>;
}

type Data = Record<string, unknown>;

/** Keys never rendered: passwords, secrets and tokens (ids of such things, e.g. apiTokenId or secretId, are fine). */
export function isSecretKey(key: string): boolean {
  return /password|secret|token|credential/i.test(key) && !/id$/i.test(key);
}

/** A copy of a JSON value with the values of secret-looking keys replaced by a marker, at any depth. */
export function withoutSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Data).map(([k, v]) => [k, isSecretKey(k) ? '[withheld]' : withoutSecrets(v)]),
    );
  }
  return value;
}

/** An id shown short and marked with what it is: "project 3f2a1b2c…". */
export function shortId(kind: string, id: string): string {
  return `${kind} ${id.length > 8 ? `${id.slice(0, 8)}…` : id}`;
}

const quote = (text: string) => `“${text}”`;

/** A server enum as the GraphQL schema spells it: FullAccess → FULL_ACCESS, Viewer → VIEWER. */
export function enumName(value: unknown): string {
  if (typeof value !== 'string' || !value) return 'UNKNOWN';
  if (value === value.toUpperCase()) return value;
  return value.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

const times = (count: number) => (count === 1 ? 'once' : `${count.toLocaleString('en-US')} times`);
const plural = (count: number, noun: string) => `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`;

function bytes(size: number): string {
  if (size < 1024) return plural(size, 'byte');
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = size / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

const seconds = (value: unknown) => (typeof value === 'number' ? `${value.toLocaleString('en-US')} s` : 'not set');

function str(data: Data, key: string): string | undefined {
  const value = data[key];
  if (isSecretKey(key)) return undefined;
  return typeof value === 'string' && value ? value : undefined;
}

function num(data: Data, key: string): number | undefined {
  const value = data[key];
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() && Number.isFinite(Number(value))) return Number(value);
  return undefined;
}

/** Where a connection points: host:port/database (any part may be missing). */
function location(host: unknown, port: unknown, database: unknown): string {
  let text = typeof host === 'string' ? host : '';
  if (typeof port === 'number' || (typeof port === 'string' && port)) text += `:${port}`;
  if (typeof database === 'string' && database) text += `${text ? '/' : ''}${database}`;
  return text;
}

const ENGINES: Record<string, string> = { Postgres: 'PostgreSQL', DuckDb: 'DuckDB' };

/** The sentence for one audit event; unknown types read "<Type> by <actor>". */
export function describeAuditEvent(event: AuditSentenceEvent, names: AuditNames = {}): string {
  const data: Data = event.data && typeof event.data === 'object' && !Array.isArray(event.data) ? (event.data as Data) : {};
  const actor = event.actor ?? null;

  const personOrNull = (id: unknown): string | null => {
    if (typeof id !== 'string' || !id) return null;
    const named = event.people?.find((p) => p.id === id)?.email ?? names.people?.get(id);
    if (named) return named;
    if (actor?.id === id && actor.email) return actor.email;
    return null;
  };
  /** Someone the data names by id: their e-mail, or a marked short id (erased or unknown). */
  const person = (id: unknown, kind = 'user'): string =>
    personOrNull(id) ?? (typeof id === 'string' && id ? shortId(kind, id) : `an unknown ${kind}`);

  /** Who did it, as the sentence's subject. */
  const subject = (): string => {
    if (!actor) return 'Someone';
    if (actor.email) return actor.email;
    if (actor.kind === 'System') return 'The system';
    if (actor.kind === 'Anonymous' || !actor.id) return 'Someone';
    const named = personOrNull(actor.id);
    return named ?? capitalize(shortId('user', actor.id));
  };
  const A = subject();
  const isActor = (id: unknown) => typeof id === 'string' && !!actor?.id && actor.id === id;

  const lookup = (map: ReadonlyMap<string, string> | undefined, id: unknown) =>
    typeof id === 'string' ? map?.get(id) : undefined;
  /** A resource by name ("“Sample shop”"), or by marked short id ("connection 3f2a1b2c…"). */
  const named = (kind: 'project' | 'connection' | 'file' | 'API token', map: ReadonlyMap<string, string> | undefined, id: unknown) => {
    const name = lookup(map, id);
    if (name) return quote(name);
    return typeof id === 'string' && id ? shortId(kind, id) : `an unknown ${kind}`;
  };
  /** The same with its kind when named: "the connection “Sample shop”". */
  const theNamed = (kind: 'project' | 'connection' | 'file' | 'API token', map: ReadonlyMap<string, string> | undefined, id: unknown) => {
    const name = lookup(map, id);
    return name ? `the ${kind} ${quote(name)}` : named(kind, map, id);
  };
  const project = (id: unknown) => named('project', names.projects, id);
  const theProject = (id: unknown) => theNamed('project', names.projects, id);
  const theConnection = (id: unknown) => theNamed('connection', names.connections, id);
  const connection = (id: unknown) => named('connection', names.connections, id);
  const theFile = (id: unknown) => theNamed('file', names.files, id);
  /** Any resource an id may name: project, connection or file. */
  const resource = (id: unknown): string => {
    if (lookup(names.projects, id)) return theProject(id);
    if (lookup(names.connections, id)) return theConnection(id);
    if (lookup(names.files, id)) return theFile(id);
    return typeof id === 'string' && id ? shortId('resource', id) : 'an unknown resource';
  };

  /** Renamed: the name the id had (if known and different) → the new one. */
  const renamed = (kind: 'project' | 'connection', map: ReadonlyMap<string, string> | undefined, id: unknown) => {
    const name = str(data, 'name');
    const known = lookup(map, id);
    const what = known && known !== name ? `the ${kind} ${quote(known)}` : known ? `a ${kind}` : named(kind, map, id);
    return `${A} renamed ${what} to ${name ? quote(name) : 'an empty name'}`;
  };

  const run = (outcome: string) => {
    const blockId = data.blockId;
    const block = typeof blockId === 'string' && blockId
      ? names.blocks?.get(blockId) != null ? `block ${names.blocks.get(blockId)}` : 'a block'
      : null;
    const what = block ? `${block} of ${project(data.projectId)}` : `SQL in ${project(data.projectId)}`;
    return `${A} ran ${what} on ${connection(data.connectionId)} — ${outcome}`;
  };

  switch (event.type) {
    // Workspaces and members
    case 'WorkspaceCreated':
      return `${A} created the workspace ${quote(str(data, 'name') ?? '')}`;
    case 'WorkspaceSettingsChanged':
      return `${A} set the longest API token lifetime to ${plural(num(data, 'maxTokenLifetimeDays') ?? 0, 'day')}`;
    case 'WorkspaceQuerySettingsChanged':
      return `${A} changed the query defaults: timeout ${seconds(data.defaultTimeoutSeconds)}, at most ${
        typeof data.defaultMaxRows === 'number' ? plural(data.defaultMaxRows, 'row') : 'the server’s rows'
      }, longest cache TTL ${seconds(data.maxCacheTtlSeconds)}`;
    case 'WorkspaceSsoConfigured': {
      const domains = Array.isArray(data.allowedDomains) ? data.allowedDomains.filter((d) => typeof d === 'string') : [];
      return `${A} configured single sign-on with ${str(data, 'issuer') ?? 'a provider'}${
        domains.length ? ` for ${domains.join(', ')}` : ''
      } (new members ${enumName(data.defaultRole)}, ${data.enforceSso ? 'SSO required' : 'passwords still allowed'})`;
    }
    case 'DomainClaimed':
      return `${A} claimed the domain ${str(data, 'domain') ?? '?'}`;
    case 'DomainVerified':
      return `${A} verified the domain ${str(data, 'domain') ?? '?'}${str(data, 'method') ? ` (${str(data, 'method')})` : ''}`;
    case 'DomainReleased':
      return `${A} released the domain ${str(data, 'domain') ?? '?'}`;
    case 'InvitationIssued': {
      const invitee = str(data, 'email') ?? person(data.addressId, 'address');
      if (data.projectId) return `${A} invited ${invitee} to ${project(data.projectId)} at ${enumName(data.access)}`;
      return `${A} invited ${invitee} as ${enumName(data.role)}`;
    }
    case 'InvitationAccepted':
      return `${person(data.userId)} accepted an invitation`;
    case 'InvitationDeclined':
      return `${person(data.userId)} declined an invitation`;
    case 'InvitationRevoked':
      return `${A} revoked an invitation`;
    case 'MemberInvited': {
      const who = person(data.userId);
      if (data.invitedBy && data.invitedBy === data.userId) return `${who} joined as ${enumName(data.role)} through single sign-on`;
      return `${who} joined as ${enumName(data.role)}${data.invitedBy ? `, invited by ${person(data.invitedBy)}` : ''}`;
    }
    case 'MemberRoleChanged':
      return `${A} changed the role of ${person(data.userId)} from ${enumName(data.previousRole)} to ${enumName(data.role)}`;
    case 'MemberRemoved':
      if (data.removedBy && data.removedBy === data.userId) return `${person(data.userId)} left the workspace`;
      return `${A} removed ${person(data.userId)} from the workspace`;
    case 'ConnectionAccessGranted':
      return `${A} let ${person(data.userId)} use ${theConnection(data.connectionId)}`;
    case 'ConnectionAccessRevoked':
      return `${A} stopped ${person(data.userId)} from using ${theConnection(data.connectionId)}`;

    // Projects
    case 'ProjectCreated': {
      const access = enumName(data.defaultAccess);
      return `${A} created the project ${quote(str(data, 'name') ?? '')}${
        access === 'NONE' ? ' (private)' : data.defaultAccess ? ` (members: ${access})` : ''
      }`;
    }
    case 'ProjectRenamed':
      return renamed('project', names.projects, data.projectId);
    case 'ProjectDeleted':
      return `${A} deleted ${theProject(data.projectId)}`;
    case 'ProjectShared':
      if (enumName(data.access) === 'NONE') return `${A} stopped sharing ${project(data.projectId)} with ${person(data.userId)}`;
      return `${A} shared ${project(data.projectId)} with ${person(data.userId)} at ${enumName(data.access)}`;
    case 'ProjectGuestAdded':
      return `${A} added ${person(data.userId)} as a guest of ${project(data.projectId)} at ${enumName(data.access)}`;
    case 'ProjectCacheUseChanged':
      return `${A} turned the result cache ${data.useCache ? 'on' : 'off'} for ${project(data.projectId)}`;
    case 'ProjectConnectionAttached':
      return `${A} attached ${theConnection(data.connectionId)} to ${project(data.projectId)}`;
    case 'ProjectConnectionDetached':
      return `${A} detached ${theConnection(data.connectionId)} from ${project(data.projectId)}`;
    case 'SqlBlockAdded': {
      const position = num(data, 'position');
      return `${A} added ${position != null ? `block ${position + 1}` : 'a block'} to ${project(data.projectId)} on ${connection(data.connectionId)}`;
    }
    case 'SqlBlockUpdated': {
      const number = typeof data.blockId === 'string' ? names.blocks?.get(data.blockId) : undefined;
      return `${A} edited ${number != null ? `block ${number}` : 'a block'} of ${project(data.projectId)} (on ${connection(data.connectionId)})`;
    }
    case 'SqlBlockRemoved':
      return `${A} removed a block from ${project(data.projectId)}`;

    // Runs
    case 'QueryExecuted': {
      const rows = num(data, 'rowCount') ?? 0;
      let outcome = `SUCCEEDED, ${plural(rows, 'row')}`;
      if (data.truncated) outcome += ' (truncated)';
      if (data.cacheHit) outcome += ', from the cache';
      return run(outcome);
    }
    case 'QueryFailed':
      return run(`FAILED${str(data, 'errorCode') ? ` (${str(data, 'errorCode')})` : ''}`);
    case 'QueryCancelled':
      return run(`CANCELLED${str(data, 'reason') ? ` (${str(data, 'reason')})` : ''}`);

    // Connections and the cache
    case 'ConnectionCreated': {
      const settings = (data.settings && typeof data.settings === 'object' ? data.settings : {}) as Data;
      const engine = typeof settings.engine === 'string' ? (ENGINES[settings.engine] ?? settings.engine) : '';
      const where = location(settings.host, settings.port, settings.database);
      const details = [engine, where].filter(Boolean).join(', ');
      return `${A} created the connection ${quote(str(data, 'name') ?? '')}${details ? ` (${details})` : ''}`;
    }
    case 'ConnectionRenamed':
      return renamed('connection', names.connections, data.connectionId);
    case 'ConnectionMoved': {
      const where = location(data.host, data.port, data.database);
      const tls = data.sslMode ? ` (TLS ${enumName(data.sslMode)})` : '';
      return `${A} moved ${theConnection(data.connectionId)} to ${where || 'another place'}${tls}`;
    }
    case 'ConnectionCredentialsUpdated':
      return `${A} updated the shared credentials of ${theConnection(data.connectionId)}${
        str(data, 'username') ? ` (user name ${str(data, 'username')})` : ''
      }`;
    case 'ConnectionGuardrailsChanged': {
      const g = (data.guardrails && typeof data.guardrails === 'object' ? data.guardrails : {}) as Data;
      const parts = [g.allowWrites ? 'writes allowed' : 'read-only'];
      if (typeof g.timeoutSeconds === 'number') parts.push(`timeout ${seconds(g.timeoutSeconds)}`);
      if (typeof g.maxRows === 'number') parts.push(`at most ${plural(g.maxRows, 'row')}`);
      if (typeof g.maxBytes === 'number') parts.push(`at most ${bytes(g.maxBytes)}`);
      return `${A} changed the guardrails of ${theConnection(data.connectionId)}: ${parts.join(', ')}`;
    }
    case 'ConnectionDeleted':
      return `${A} deleted ${theConnection(data.connectionId)}`;
    case 'PersonalCredentialsSet':
      return isActor(data.userId) || !data.userId
        ? `${A} set their own database login for ${theConnection(data.connectionId)}`
        : `${A} set the database login of ${person(data.userId)} for ${theConnection(data.connectionId)}`;
    case 'PersonalCredentialsCleared':
      return `${A} cleared the database login of ${person(data.userId)} for ${theConnection(data.connectionId)}`;
    case 'SecretUnwrapped':
      return `The password of ${theConnection(data.connectionId)} was unsealed${str(data, 'purpose') ? ` to ${str(data, 'purpose')}` : ''}`;
    case 'CachePolicySet': {
      const off = enumName(data.mode) === 'OFF';
      const ttl = num(data, 'ttlSeconds');
      return `${A} set the result cache of ${theConnection(data.connectionId)} to ${
        off ? 'OFF' : `keep results ${ttl != null ? seconds(ttl) : ''}`.trim()
      }`;
    }
    case 'CacheInvalidated':
      return `${plural(num(data, 'entriesRemoved') ?? 0, 'cached result')} of ${theConnection(data.connectionId)} ${
        num(data, 'entriesRemoved') === 1 ? 'was' : 'were'
      } discarded${str(data, 'reason') ? ` (${str(data, 'reason')})` : ''}`;

    // Files
    case 'FileUploaded': {
      const size = num(data, 'size');
      return `${A} uploaded the file ${quote(str(data, 'name') ?? '')}${size != null ? ` (${bytes(size)})` : ''}`;
    }
    case 'FileDownloaded':
      return `${A} downloaded ${theFile(data.fileId)}`;
    case 'FileDeleted':
      return `${A} deleted ${theFile(data.fileId)}`;

    // Access decisions, sign-ins, tokens
    case 'AccessDenied': {
      const count = num(data, 'count') ?? 1;
      const target = data.targetId ? ` on ${resource(data.targetId)}` : '';
      return `${A} was denied ${str(data, 'operation') ?? 'an action'}${target}${
        str(data, 'reason') ? ` (${str(data, 'reason')})` : ''
      }${count > 1 ? ` — ${times(count)}` : ''}`;
    }
    case 'AccessDeniedSuppressed': {
      const count = num(data, 'count') ?? 0;
      const who = personOrNull(data.actorUserId) ?? (data.actorUserId ? person(data.actorUserId) : str(data, 'actorAddress') ?? 'someone');
      return `${plural(count, 'more denial')} of ${who} ${count === 1 ? 'was' : 'were'} counted, not logged one by one`;
    }
    case 'MemberSignedIn':
      return `${person(data.userId)} signed in${str(data, 'method') ? ` (${str(data, 'method')})` : ''}`;
    case 'MemberSignInFailed': {
      const count = num(data, 'count') ?? 1;
      return `Someone failed to sign in as ${person(data.userId)} ${times(count)}${
        str(data, 'lastReason') ? ` (last: ${str(data, 'lastReason')})` : ''
      }`;
    }
    case 'MemberSessionEnded':
      return `A session of ${person(data.userId)} ended${str(data, 'reason') ? ` (${str(data, 'reason')})` : ''}`;
    case 'MemberCredentialChanged':
      return `${person(data.userId)} changed a sign-in credential${str(data, 'change') ? ` (${str(data, 'change')})` : ''}`;
    case 'SsoLinked':
      return `${person(data.userId)} linked their account to ${str(data, 'issuer') ?? 'a single sign-on provider'}`;
    case 'ApiTokenCreated': {
      const name = str(data, 'name');
      const owner = data.ownerId && !isActor(data.ownerId) ? ` for ${person(data.ownerId)}` : '';
      const expires = typeof data.expiresAt === 'string' ? `, valid until ${data.expiresAt.slice(0, 10)}` : '';
      return `${A} created the API token ${quote(name ?? '')}${owner}${expires}`;
    }
    case 'ApiTokenRevoked':
      return `${A} revoked ${theNamed('API token', names.tokens, data.tokenId)}`;

    // The log itself, the workspace key
    case 'AuditExported': {
      const types = Array.isArray(data.types) ? data.types.length : 0;
      const range = [
        typeof data.from === 'string' ? `from ${data.from}` : '',
        typeof data.to === 'string' ? `to ${data.to}` : '',
      ].filter(Boolean);
      const narrowed = [types ? plural(types, 'event type') : '', ...range].filter(Boolean).join(', ');
      return `${A} exported the audit log as ${str(data, 'format')?.toUpperCase() ?? 'a file'}${narrowed ? ` (${narrowed})` : ''}`;
    }
    case 'WorkspaceKeyCreated':
      return `${A} created workspace key version ${num(data, 'version') ?? '?'}${str(data, 'provider') ? ` (${str(data, 'provider')})` : ''}`;
    case 'WorkspaceKeyRotationStarted':
      return `${A} started rotating the workspace key from version ${num(data, 'fromVersion') ?? '?'} to ${num(data, 'toVersion') ?? '?'}`;
    case 'WorkspaceKeyRotationCompleted':
      return `The workspace key rotation to version ${num(data, 'version') ?? '?'} completed (${plural(num(data, 'rewrapped') ?? 0, 'secret')} rewrapped)`;
    case 'WorkspaceKeyRotationFailed':
      return `The workspace key rotation failed${str(data, 'reason') ? ` (${str(data, 'reason')})` : ''}`;
    case 'WorkspaceKeyDestroyed':
      return `${A} destroyed the workspace key`;
    case 'KeyProviderUnavailable':
      return `The key provider${str(data, 'provider') ? ` ${str(data, 'provider')}` : ''} was unavailable${
        str(data, 'operation') ? ` for ${str(data, 'operation')}` : ''
      }`;

    default:
      return `${event.type} by ${A === 'Someone' ? 'someone' : A === 'The system' ? 'the system' : A}`;
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Names remembered from the events themselves (a creation or rename names its resource; a token's creation names the
 * token), for resources deleted since: the current names take precedence. Events arrive newest first, so the first
 * name seen for an id is its latest.
 */
export function namesFromEvents(events: { type: string; data: unknown }[]): Required<Pick<AuditNames, 'projects' | 'connections' | 'files' | 'tokens'>> {
  const projects = new Map<string, string>();
  const connections = new Map<string, string>();
  const files = new Map<string, string>();
  const tokens = new Map<string, string>();
  const remember = (map: Map<string, string>, id: unknown, name: unknown) => {
    if (typeof id === 'string' && typeof name === 'string' && name && !map.has(id)) map.set(id, name);
  };
  for (const e of events) {
    const data = (e.data && typeof e.data === 'object' ? e.data : {}) as Data;
    switch (e.type) {
      case 'ProjectCreated':
      case 'ProjectRenamed':
        remember(projects, data.projectId, data.name);
        break;
      case 'ConnectionCreated':
      case 'ConnectionRenamed':
        remember(connections, data.connectionId, data.name);
        break;
      case 'FileUploaded':
        remember(files, data.fileId, data.name);
        break;
      case 'ApiTokenCreated':
        remember(tokens, data.tokenId, data.name);
        break;
    }
  }
  return { projects, connections, files, tokens };
}

/** Current names first, then the remembered ones. */
export function mergeNames(current: ReadonlyMap<string, string> | undefined, remembered: ReadonlyMap<string, string>): Map<string, string> {
  const merged = new Map(remembered);
  current?.forEach((name, id) => merged.set(id, name));
  return merged;
}
