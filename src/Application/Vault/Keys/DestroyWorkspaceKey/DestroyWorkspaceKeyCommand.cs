using Deepnote.Application.Abstractions;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Vault.Ports;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Keys;
using FluentValidation;
using Mediator;

namespace Deepnote.Application.Vault.Keys.DestroyWorkspaceKey;

/// <summary>Crypto-shredding: deletes every version of the workspace key, so the workspace's credentials, files and
/// cache entries can never be decrypted again. Irreversible; the admin confirms by typing the workspace id.</summary>
public sealed record DestroyWorkspaceKeyCommand(WorkspaceId WorkspaceId, string Confirmation) : ICommand<bool>,
    IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.WorkspaceRole(WorkspaceId, WorkspaceRole.Admin);
}

internal sealed class DestroyWorkspaceKeyCommandValidator : AbstractValidator<DestroyWorkspaceKeyCommand>
{
    public DestroyWorkspaceKeyCommandValidator() =>
        RuleFor(c => c.Confirmation).Must((c, confirmation) => confirmation == c.WorkspaceId.Value.ToString())
            .WithMessage("Type the workspace id to confirm: this cannot be undone.");
}

internal sealed class DestroyWorkspaceKeyCommandHandler(IEventStore events, IWorkspaceKeyStore keys,
    ICurrentActor actor, TimeProvider clock) : ICommandHandler<DestroyWorkspaceKeyCommand, bool>
{
    public async ValueTask<bool> Handle(DestroyWorkspaceKeyCommand command, CancellationToken ct)
    {
        var keyring = await events.AggregateStreamAsync<WorkspaceKeyring>(WorkspaceKeyring.StreamFor(command.WorkspaceId), ct)
            ?? throw new NotFoundException("This workspace has no key yet.");
        keyring.Destroy(actor.RequireUser(), clock.GetUtcNow());
        await keys.DestroyAsync(command.WorkspaceId, ct);
        await events.SaveAsync(keyring, ct);
        return true;
    }
}
