using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Contracts.GetWorkspaceQuerySettings;

public sealed record GetWorkspaceQuerySettingsQuery(WorkspaceId WorkspaceId) : IQuery<WorkspaceQuerySettings>,
    IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;
}
