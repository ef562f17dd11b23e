using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Workspaces.ListMembers;

/// <summary>A workspace's members, by address; any member may see who else is in it.</summary>
public sealed record ListMembersQuery(WorkspaceId WorkspaceId, int? First, string? After)
    : IQuery<Page<MemberDto>>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.WorkspaceMember(WorkspaceId);
}
