using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Contracts.GetSsoSettings;

public sealed record GetSsoSettingsQuery(WorkspaceId WorkspaceId) : IQuery<SsoSettingsDto?>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;
}
