using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Vault.Contracts.SealSecret;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Vault.Contracts.OpenSecret;

/// <summary>Opens a secret sealed with <see cref="SealSecretCommand"/>; dispose it as soon as it is used.</summary>
public sealed record OpenSecretQuery(WorkspaceId WorkspaceId, string Purpose, Guid RecordId, Guid SecretId)
    : IQuery<UnwrappedSecret>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;
}
