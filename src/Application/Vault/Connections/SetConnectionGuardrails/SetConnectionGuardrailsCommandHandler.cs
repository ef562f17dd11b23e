using Deepnote.Application.Abstractions;
using Deepnote.Domain.Vault.Connections;
using Mediator;

namespace Deepnote.Application.Vault.Connections.SetConnectionGuardrails;

internal sealed class SetConnectionGuardrailsCommandHandler(IEventStore events, TimeProvider clock)
    : ICommandHandler<SetConnectionGuardrailsCommand, bool>
{
    public async ValueTask<bool> Handle(SetConnectionGuardrailsCommand command, CancellationToken ct)
    {
        var connection = await events.LoadAsync<Connection>(command.ConnectionId, ct);
        var changed = connection.SetGuardrails(command.Guardrails, clock.GetUtcNow());
        await events.SaveAsync(connection, ct);
        return changed;
    }
}
