using Deepnote.Application.Audit.Contracts;
using Deepnote.Application.Audit.Ports;
using Deepnote.Application.Common;
using Mediator;

namespace Deepnote.Application.Audit.Checkpoints.AnchorAuditChain;

internal sealed class AnchorAuditChainCommandHandler(IChainHeads heads, CheckpointNotary notary)
    : ICommandHandler<AnchorAuditChainCommand, AuditCheckpoint>
{
    public async ValueTask<AuditCheckpoint> Handle(AnchorAuditChainCommand command, CancellationToken ct) =>
        await notary.SignAsync(await heads.GetAsync(command.WorkspaceId.Value, ct)
            ?? throw new NotFoundException("The workspace's audit log is empty."), ct);
}
