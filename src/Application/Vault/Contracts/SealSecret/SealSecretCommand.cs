using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Connections;
using Mediator;

namespace Deepnote.Application.Vault.Contracts.SealSecret;

/// <summary>Seals a secret of another module (an OIDC client secret, say) under the workspace's key.</summary>
public sealed record SealSecretCommand(WorkspaceId WorkspaceId, string Purpose, Guid RecordId, string Plaintext)
    : ICommand<SealedCredential>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;

    public override string ToString() => $"{nameof(SealSecretCommand)} {{ {WorkspaceId}, {Purpose} }}";
}
