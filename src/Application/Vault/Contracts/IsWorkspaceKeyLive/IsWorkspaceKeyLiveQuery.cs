using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Vault.Contracts.IsWorkspaceKeyLive;

/// <summary>False once the workspace key was destroyed (crypto-shredding): nothing read under it may be shown again.</summary>
public sealed record IsWorkspaceKeyLiveQuery(WorkspaceId WorkspaceId) : IQuery<bool>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;
}
