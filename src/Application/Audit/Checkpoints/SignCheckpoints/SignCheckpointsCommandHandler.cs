using Deepnote.Application.Audit.Ports;
using Mediator;

namespace Deepnote.Application.Audit.Checkpoints.SignCheckpoints;

internal sealed class SignCheckpointsCommandHandler(IChainHeads heads, CheckpointNotary notary)
    : ICommandHandler<SignCheckpointsCommand, SignedCheckpoints>
{
    public async ValueTask<SignedCheckpoints> Handle(SignCheckpointsCommand command, CancellationToken ct)
    {
        var refused = new List<string>();
        var signed = 0;
        foreach (var head in await heads.UnsignedAsync(SignCheckpointsCommand.Batch, ct))
        {
            try
            {
                await notary.SignAsync(head, ct);
                signed++;
            }
            catch (CheckpointRefusedException ex)
            {
                refused.Add(ex.Message);
                await heads.DeferAsync(head.ChainId, ct);
            }
        }

        return new SignedCheckpoints(signed, refused);
    }
}
