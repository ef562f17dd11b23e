using Deepnote.Application.Access.Contracts;

namespace Deepnote.Application.Access.Workspaces.InviteMember;

public sealed record InvitedMember(MemberDto Member, string? InvitationToken)
{
    public override string ToString() => $"{nameof(InvitedMember)} {{ {Member.UserId} }}";
}
