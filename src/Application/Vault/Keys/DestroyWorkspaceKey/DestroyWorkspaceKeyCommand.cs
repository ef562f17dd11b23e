using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Vault.Keys.DestroyWorkspaceKey;

/// <summary>Crypto-shredding: deletes every version of the workspace key, so the workspace's credentials, files and
/// cache entries can never be decrypted again. Irreversible; the admin confirms by typing the workspace id.</summary>
public sealed record DestroyWorkspaceKeyCommand(WorkspaceId WorkspaceId, string Confirmation) : ICommand<bool>,
    IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.WorkspaceRole(WorkspaceId, WorkspaceRole.Admin);
}
