import { graphql } from '../gql';
import type { AuditEventFieldsFragment } from '../gql/graphql';
import { Time } from '../Time';
import { shortId, withoutSecrets } from './auditSentences';

/** The fields every audit query asks for. */
graphql(`fragment AuditEventFields on AuditEvent { sequence type recordedAt actor { id kind email apiTokenId } streamId streamVersion data
  ipAddress userAgent correlationId hash previousHash chainId chainPosition envelope metadata people { id kind email } }`);

/** One event of the log as the GraphQL API returns it. */
export type AuditEvent = AuditEventFieldsFragment;

const json = (value: unknown) => (value == null ? 'none' : JSON.stringify(withoutSecrets(value), null, 2));

/** The raw event behind a sentence: its data and hashed metadata as JSON, the hashes whole, where it sits in the chain. */
export function AuditEventDetails({ event, streamName }: { event: AuditEvent; streamName?: string }) {
  const actor = event.actor;
  return (
    <div className="audit-details" data-testid="audit-details">
      <dl className="facts">
        <dt>Type</dt>
        <dd><code>{event.type}</code></dd>
        <dt>Event number</dt>
        <dd>{event.sequence} <span className="hint">(the log's global sequence)</span></dd>
        <dt>Chain position</dt>
        <dd>
          {event.chainPosition} <span className="hint">in chain</span> <span className="mono">{event.chainId}</span>
        </dd>
        <dt>Recorded</dt>
        <dd>
          <Time value={event.recordedAt} /> <span className="hint">({event.recordedAt})</span>
        </dd>
        <dt>Actor</dt>
        <dd>
          {actor ? (
            <>
              {actor.kind}
              {actor.id && <> <span className="mono">{actor.id}</span></>}
              {actor.email && <> = {actor.email} <span className="hint">(directory now, not hashed)</span></>}
              {actor.apiTokenId && <>, with API token <span className="mono">{actor.apiTokenId}</span></>}
            </>
          ) : (
            'none recorded'
          )}
        </dd>
        <dt>Stream</dt>
        <dd>
          <span className="mono">{event.streamId}</span>
          {streamName && <> ({streamName})</>}
          {event.streamVersion != null && <>, version {event.streamVersion}</>}
        </dd>
        <dt>Correlation ID</dt>
        <dd className="mono">{event.correlationId || '—'}</dd>
        <dt>IP address</dt>
        <dd className="mono">{event.ipAddress || '—'}</dd>
        <dt>User agent</dt>
        <dd className="wrap">{event.userAgent || '—'}</dd>
        <dt>Hash</dt>
        <dd className="mono hash" data-testid="audit-hash">{event.hash}</dd>
        <dt>Previous hash</dt>
        <dd className="mono hash" data-testid="audit-previous-hash">{event.previousHash || '—'}</dd>
        <dt>Envelope</dt>
        <dd>v{event.envelope}</dd>
        <dt>Data</dt>
        <dd>
          <pre className="json" data-testid="audit-data">{json(event.data)}</pre>
        </dd>
        <dt>Hashed metadata</dt>
        <dd>
          <pre className="json" data-testid="audit-metadata">{json(event.metadata)}</pre>
        </dd>
        {event.people.length > 0 && (
          <>
            <dt>People named</dt>
            <dd>
              <ul className="people" data-testid="audit-people" title="Looked up now in the directory; the hash covers the ids only">
                {event.people.map((p) => (
                  <li key={p.id}>
                    <span className="mono">{shortId(p.kind === 'address' ? 'address' : 'user', p.id)}</span> = {p.email}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      <p className="hint">
        Values of keys named like password, secret or token are withheld here; the JSON lines export holds each event
        exactly as hashed.
      </p>
    </div>
  );
}
