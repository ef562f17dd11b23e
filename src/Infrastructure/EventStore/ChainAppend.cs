using System.Text.Json;
using Deepnote.Domain.SharedKernel;
using JasperFx.Events;

namespace Deepnote.Infrastructure.EventStore;

/// <summary>One append's place on its chain: the head it locked, who appends and when. <see cref="Link"/> hashes
/// the events onto the chain once Marten has drawn their sequences, and queues the chain rows, the new head and
/// the inline projections into the same batch as Marten's inserts. <paramref name="firstVersion"/>, when the caller
/// expected a version, pins the stream versions Marten assigned to the ones the caller asked for.</summary>
internal sealed class ChainAppend(Guid chainId, long headPosition, string headHash, JsonElement metadata,
    Guid? actorId, DateTimeOffset recordedAt, IReadOnlyList<IInlineProjection> projections, long? firstVersion = null)
{
    /// <param name="toJson">The JSON Marten writes for an event's data: what is stored is what is hashed.</param>
    public void Link(IReadOnlyList<IEvent> events, ISqlBatch batch, Func<object, string> toJson)
    {
        var count = events.Count;
        var (sequences, positions) = (new long[count], new long[count]);
        var (types, previousHashes, hashes) = (new string[count], new string[count], new string[count]);
        var streamId = events[0].StreamId;
        var version = firstVersion ?? events[0].Version;
        var previous = headHash;
        for (var i = 0; i < count; i++)
        {
            var e = events[i];
            // Rich append draws sequences before this runs; 0 means it did not, and an unordered chain is no chain.
            if (e.Sequence <= 0 || e.Version <= 0 || e.Version != version + i || e.StreamId != streamId)
            {
                throw new InvalidOperationException("The event store could not place an event on its chain; nothing was written.");
            }

            e.Timestamp = recordedAt;
            var domainEvent = (IDomainEvent)e.Data;
            using var data = JsonDocument.Parse(toJson(domainEvent));
            var entry = new ChainEntry(e.Sequence, streamId, e.Version, chainId, headPosition + 1 + i,
                EventSerializer.TypeName(domainEvent), data.RootElement, metadata, recordedAt);
            (sequences[i], positions[i], types[i], previousHashes[i]) =
                (entry.Sequence, entry.ChainPosition, entry.EventType, previous);
            previous = hashes[i] = ChainHasher.Hash(previous, entry);
        }

        batch.Add("""
            insert into event_chain (seq_id, chain_id, chain_position, stream_id, event_type, recorded_at, actor_id,
                                     metadata, envelope, previous_hash, hash)
            select s, $1, p, $2, t, $3, $4, $5::jsonb, $6, ph, h
            from unnest($7::bigint[], $8::bigint[], $9::text[], $10::text[], $11::text[]) as x(s, p, t, ph, h)
            """, chainId, streamId, recordedAt, actorId, metadata.GetRawText(), ChainEntry.CurrentEnvelope, sequences,
            positions, types, previousHashes, hashes);
        batch.Add("update chain_heads set position = $2, hash = $3, updated_at = now() where chain_id = $1",
            chainId, headPosition + count, previous);
        foreach (var e in events)
        {
            foreach (var projection in projections) projection.Project((IDomainEvent)e.Data, batch);
        }
    }
}
