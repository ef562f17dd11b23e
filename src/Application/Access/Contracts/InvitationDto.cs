using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Access.Contracts;

/// <summary>An invitation as its inviter and its invitee see it. Never carries a link or a token.</summary>
public sealed record InvitationDto(Guid Id, string Email, WorkspaceId WorkspaceId, string WorkspaceName, WorkspaceRole? Role,
    ProjectId? ProjectId, string? ProjectName, ProjectAccess? Access, InvitationStatus Status, string? InvitedByEmail,
    DateTimeOffset ExpiresAt);
