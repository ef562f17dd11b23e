using Deepnote.Application.Abstractions;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Connections;
using FluentValidation;
using Mediator;

namespace Deepnote.Application.Vault.Connections.SetGuardrails;

/// <summary>An ADMIN sets what may run on a connection: writes (off by default), statement timeout, maximum rows
/// and bytes. Null values fall back to the workspace defaults; the host's hard maxima cap everything.</summary>
public sealed record SetConnectionGuardrailsCommand(ConnectionId ConnectionId, ConnectionGuardrails Guardrails)
    : ICommand<bool>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.OnConnection(ConnectionId, ConnectionUse.Manage);
}

internal sealed class SetConnectionGuardrailsCommandValidator : AbstractValidator<SetConnectionGuardrailsCommand>
{
    public SetConnectionGuardrailsCommandValidator(ExecutionLimits limits)
    {
        RuleFor(c => c.Guardrails.TimeoutSeconds).InclusiveBetween(1, limits.MaxTimeoutSeconds)
            .When(c => c.Guardrails.TimeoutSeconds is not null).OverridePropertyName("timeoutSeconds");
        RuleFor(c => c.Guardrails.MaxRows).InclusiveBetween(1, limits.MaxRows)
            .When(c => c.Guardrails.MaxRows is not null).OverridePropertyName("maxRows");
        RuleFor(c => c.Guardrails.MaxBytes).InclusiveBetween(1024, limits.MaxBytes)
            .When(c => c.Guardrails.MaxBytes is not null).OverridePropertyName("maxBytes");
    }
}

internal sealed class SetConnectionGuardrailsCommandHandler(IEventStore events, TimeProvider clock)
    : ICommandHandler<SetConnectionGuardrailsCommand, bool>
{
    public async ValueTask<bool> Handle(SetConnectionGuardrailsCommand command, CancellationToken ct)
    {
        var connection = await events.LoadConnectionAsync(command.ConnectionId, ct);
        var changed = connection.SetGuardrails(command.Guardrails, clock.GetUtcNow());
        await events.SaveAsync(connection, ct);
        return changed;
    }
}
