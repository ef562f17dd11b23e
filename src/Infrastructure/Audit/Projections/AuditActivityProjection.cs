using Deepnote.Infrastructure.EventStore;

namespace Deepnote.Infrastructure.Audit.Projections;

/// <summary>How many events of each type each workspace's log received per day (UTC): the auditors' overview. It
/// may lag the log by seconds (Marten's async daemon), which an overview can afford; the log itself never lags.
/// It counts whatever is chained, so it reads the chain and the type from the store rather than any module's events.</summary>
internal sealed class AuditActivityProjection : IAsyncProjection
{
    public const string ProjectionName = "AuditActivity";

    public string Name => ProjectionName;

    public IReadOnlyList<string> Tables { get; } = ["audit_activity"];

    public void Project(IReadOnlyList<SequencedEvent> events, ISqlBatch batch) =>
        batch.Add("""
            insert into audit_activity (chain_id, day, event_type, events)
            select c.chain_id, (e.timestamp at time zone 'UTC')::date, e.type, count(*)
            from public.mt_events e join public.event_chain c on c.seq_id = e.seq_id
            where e.seq_id = any($1::bigint[])
            group by 1, 2, 3
            on conflict (chain_id, day, event_type) do update set events = audit_activity.events + excluded.events
            """, events.Select(e => e.Sequence).ToArray());
}
