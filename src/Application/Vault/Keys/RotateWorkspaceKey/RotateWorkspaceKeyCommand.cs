using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Vault.Keys.RotateWorkspaceKey;

/// <summary>Makes a new version of the workspace key (under the same provider key, or under <paramref name="KeyId"/>
/// when the workspace brings its own) and queues a job that re-wraps every data key under it.</summary>
public sealed record RotateWorkspaceKeyCommand(WorkspaceId WorkspaceId, string? KeyId) : ICommand<Guid>,
    IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.WorkspaceRole(WorkspaceId, WorkspaceRole.Admin);
}
