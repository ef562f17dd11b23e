using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Deepnote.Application.Access.Contracts.CreateWorkspaceForOwner;
using Deepnote.Application.Access.Contracts.FindSsoWorkspace;
using Deepnote.Application.Access.Contracts.GetMyRole;
using Deepnote.Application.Access.Contracts.GetSsoSettings;
using Deepnote.Application.Access.Contracts.GetTokenLifetimeCap;
using Deepnote.Application.Access.Contracts.GetWorkspaceQuerySettings;
using Deepnote.Application.Access.Contracts.IsSsoEnforced;
using Deepnote.Application.Access.Contracts.JoinThroughSso;
using Deepnote.Application.Access.Contracts.PrepareRun;

namespace Deepnote.Application.Access.Contracts;

public sealed record MemberDto(UserId UserId, string Email, WorkspaceRole Role, DateTimeOffset JoinedAt)
{
    /// <summary>The connections this member holds a grant on (filled for ADMIN viewers only).</summary>
    public IReadOnlyList<ConnectionId> ConnectionGrants { get; init; } = [];
}
