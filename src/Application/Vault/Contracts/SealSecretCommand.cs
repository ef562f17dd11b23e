using Deepnote.Application.Abstractions;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Vault.Keys;
using Deepnote.Application.Vault.Ports;
using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Connections;
using Mediator;

namespace Deepnote.Application.Vault.Contracts;

/// <summary>Seals a secret of another module (an OIDC client secret, say) under the workspace's key.</summary>
public sealed record SealSecretCommand(WorkspaceId WorkspaceId, string Purpose, Guid RecordId, string Plaintext)
    : ICommand<SealedCredential>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;

    public override string ToString() => $"{nameof(SealSecretCommand)} {{ {WorkspaceId}, {Purpose} }}";
}

internal sealed class SealSecretCommandHandler(IEventStore events, IWorkspaceKeyStore keys, ISecretStore secrets,
    TimeProvider clock) : ICommandHandler<SealSecretCommand, SealedCredential>
{
    public async ValueTask<SealedCredential> Handle(SealSecretCommand command, CancellationToken ct)
    {
        await events.EnsureWorkspaceKeyAsync(keys, command.WorkspaceId, clock, ct);
        return await secrets.SealAsync(command.WorkspaceId, command.Purpose, command.RecordId, command.Plaintext, ct);
    }
}

/// <summary>Opens a secret sealed with <see cref="SealSecretCommand"/>; dispose it as soon as it is used.</summary>
public sealed record OpenSecretQuery(WorkspaceId WorkspaceId, string Purpose, Guid RecordId, Guid SecretId)
    : IQuery<UnwrappedSecret>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;
}

internal sealed class OpenSecretQueryHandler(ISecretStore secrets) : IQueryHandler<OpenSecretQuery, UnwrappedSecret>
{
    public async ValueTask<UnwrappedSecret> Handle(OpenSecretQuery query, CancellationToken ct) =>
        await secrets.OpenAsync(query.WorkspaceId, query.Purpose, query.RecordId, query.SecretId, ct);
}
