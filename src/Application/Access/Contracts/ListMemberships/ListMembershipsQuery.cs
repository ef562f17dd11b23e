using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Contracts.ListMemberships;

/// <summary>The workspaces a person is a member of (whose auditors see their sign-ins).</summary>
public sealed record ListMembershipsQuery(UserId UserId) : IQuery<IReadOnlyList<WorkspaceId>>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;
}
