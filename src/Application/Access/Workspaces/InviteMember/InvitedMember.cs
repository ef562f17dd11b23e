using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Workspaces.InviteMember;

public sealed record InvitedMember(MemberDto Member, string? InvitationToken)
{
    public override string ToString() => $"{nameof(InvitedMember)} {{ {Member.UserId} }}";
}
