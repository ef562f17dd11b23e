using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Access.Contracts;

public sealed record MemberDto(UserId UserId, string Email, WorkspaceRole Role, DateTimeOffset JoinedAt)
{
    /// <summary>The connections this member holds a grant on (filled for ADMIN viewers only).</summary>
    public IReadOnlyList<ConnectionId> ConnectionGrants { get; init; } = [];
}
