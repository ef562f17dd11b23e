using Deepnote.Application.Abstractions;
using Deepnote.Application.Vault.Contracts.ForgetPersonalCredentials;
using Mediator;

namespace Deepnote.Application.Vault.Connections.ClearMyConnectionCredentials;

internal sealed class ClearMyConnectionCredentialsCommandHandler(ISender sender, ICurrentActor actor)
    : ICommandHandler<ClearMyConnectionCredentialsCommand, bool>
{
    public async ValueTask<bool> Handle(ClearMyConnectionCredentialsCommand command, CancellationToken ct) =>
        await sender.Send(new ForgetPersonalCredentialsCommand(actor.RequireUser(), command.ConnectionId), ct) > 0;
}
