using System.Runtime.CompilerServices;
using Marten;

namespace Deepnote.Infrastructure.EventStore;

/// <summary>Marten calls this before it writes a session's changes, after Rich append has drawn sequences and
/// versions: the moment to hash the events onto their chain. A session with events but no <see cref="ChainAppend"/>
/// did not come through <see cref="MartenEventStore"/> and is refused, so nothing reaches the log unchained.</summary>
internal sealed class ChainListener(ISerializer serializer) : DocumentSessionListenerBase
{
    private static readonly ConditionalWeakTable<IDocumentSession, ChainAppend> Appends = new();

    public static void Attach(IDocumentSession session, ChainAppend append) => Appends.AddOrUpdate(session, append);

    public override Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
    {
        var events = session.PendingChanges.Streams().SelectMany(s => s.Events).OrderBy(e => e.Sequence).ToList();
        if (events.Count == 0) return Task.CompletedTask;
        if (!Appends.TryGetValue(session, out var append))
        {
            throw new InvalidOperationException("Events may only be appended through the product's event store.");
        }

        append.Link(events, new SessionSqlBatch(session), serializer.ToJson);
        return Task.CompletedTask;
    }
}
