using Deepnote.Application.Abstractions;
using Deepnote.Application.Audit.Contracts;
using Deepnote.Application.Audit.Ports;
using Deepnote.Application.Behaviors;
using Deepnote.Domain.Audit.Events;
using Mediator;

namespace Deepnote.Application.Audit.Events.ExportAuditLog;

/// <summary>Records the export on the workspace's chain, then hands back the lazily read events up to and including
/// that record, and the checkpoints outside the database that cover them.</summary>
internal sealed class ExportAuditLogCommandHandler(IEventStore events, IChainHeads heads, IAuditExporter exporter,
    ICheckpointSink sink, ICheckpointSigner signer, TimeProvider clock) : ICommandHandler<ExportAuditLogCommand, AuditExport>
{
    public async ValueTask<AuditExport> Handle(ExportAuditLogCommand command, CancellationToken ct)
    {
        var chain = command.WorkspaceId.Value;
        var now = clock.GetUtcNow();
        var exportId = Guid.NewGuid();
        var publicKey = await signer.PublicKeyPemAsync(ct);
        await events.AppendAsync(SecurityStream.For(chain, now), chain, null,
            [new AuditExported(command.WorkspaceId, exportId, command.From, command.To, command.Types, command.Format, now,
                command.ActorId, command.StreamId)], ct);
        var head = await heads.GetAsync(chain, ct) ?? throw new InvalidOperationException("The export was not recorded.");
        var filter = new AuditFilter(command.ActorId, command.Types is { Count: > 0 } ? command.Types : null, command.StreamId,
            command.From, command.To);
        return new AuditExport(exportId, chain, filter, now, signer.KeyId, publicKey,
            exporter.ReadAsync(chain, filter, head.Position, ct),
            (first, last) => Within(sink.ReadAsync(chain, ct), first, last));
    }

    private static async IAsyncEnumerable<AuditCheckpoint> Within(IAsyncEnumerable<AuditCheckpoint> checkpoints, long first,
        long last)
    {
        await foreach (var checkpoint in checkpoints)
        {
            if (checkpoint.Position >= first && checkpoint.Position <= last) yield return checkpoint;
        }
    }
}
