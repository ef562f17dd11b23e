using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Contracts.GetTokenLifetimeCap;

/// <summary>The longest lifetime a new API token may have in a workspace (its setting).</summary>
public sealed record GetTokenLifetimeCapQuery(WorkspaceId WorkspaceId) : IQuery<int>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;
}
