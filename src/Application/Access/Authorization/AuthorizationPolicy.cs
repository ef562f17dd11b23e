using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;

namespace Deepnote.Application.Access.Authorization;

/// <summary>Decides every request from the actor and the membership projection. Any failure to look up
/// throws, so the request is refused rather than let through.</summary>
internal sealed class AuthorizationPolicy(ICurrentActor actor, IAccessFacts facts) : IAuthorizationPolicy
{
    public ValueTask<AuthorizationDecision> DecideAsync(AccessRequirement requirement, bool nested, CancellationToken ct) =>
        DecideForAsync(new Subject(actor.UserId, actor.TokenWorkspace, actor.Kind), requirement, nested, ct);

    /// <summary>The same decision for another user (admins asking "why can't Ana …?").</summary>
    public ValueTask<AuthorizationDecision> DecideForAsync(Domain.SharedKernel.UserId user, AccessRequirement requirement,
        CancellationToken ct) =>
        DecideForAsync(new Subject(user, null, ActorKind.User), requirement, nested: false, ct);

    private async ValueTask<AuthorizationDecision> DecideForAsync(Subject subject, AccessRequirement requirement,
        bool nested, CancellationToken ct)
    {
        switch (requirement)
        {
            case AnyoneRequirement:
                return AuthorizationDecision.Allow("open to anyone");
            case InternalRequirement:
                return nested
                    ? AuthorizationDecision.Allow("sent by another module")
                    : new(DecisionOutcome.Forbidden, "this request can only be sent by another module");
            case SystemRequirement:
                return subject.Kind == ActorKind.System
                    ? AuthorizationDecision.Allow("sent by the host")
                    : new(DecisionOutcome.Forbidden, "this request is reserved to the host");
            case SignedInRequirement:
                return subject.User is null
                    ? new(DecisionOutcome.Unauthenticated, "Sign in first.")
                    : AuthorizationDecision.Allow("signed in");
            case PersonRequirement:
                return subject.User is null ? new(DecisionOutcome.Unauthenticated, "Sign in first.")
                    : subject.TokenWorkspace is not null
                        ? new(DecisionOutcome.Forbidden, "an API token acts only in its own workspace; sign in for your account")
                        : AuthorizationDecision.Allow("the person themselves");
            case WorkspaceRoleRequirement w:
                return await DecideWorkspaceAsync(subject, w, ct);
            case ConnectionRequirement c:
                return await DecideConnectionAsync(subject, c, ct);
            case OwnerOrRoleRequirement o when subject.User == o.Owner:
                return await DecideWorkspaceAsync(subject, new WorkspaceRoleRequirement(o.Workspace, Enum.GetValues<WorkspaceRole>()), ct);
            case OwnerOrRoleRequirement o:
                return await DecideWorkspaceAsync(subject, new WorkspaceRoleRequirement(o.Workspace, o.Roles), ct);
            case ProjectRequirement p:
                return await DecideProjectAsync(subject, p, ct);
            case ProjectRunRequirement r:
                return await DecideRunAsync(subject, r, ct);
            case AdminOfResourceRequirement when subject.User is null:
                return new(DecisionOutcome.Unauthenticated, "Sign in first.");
            case AdminOfResourceRequirement r:
                return await WorkspaceOfAsync(r.Resource, subject.User, ct) is { } owner
                    ? Hidden(await DecideWorkspaceAsync(subject, new WorkspaceRoleRequirement(owner, [WorkspaceRole.Admin]), ct),
                        "Nothing with this id was found, or you cannot see it.")
                    : new(DecisionOutcome.NotFound, "Nothing with this id was found, or you cannot see it.");
            case ApiTokenRequirement or FileRequirement when subject.User is null:
                return new(DecisionOutcome.Unauthenticated, "Sign in first.");
            case ApiTokenRequirement t:
                return await facts.GetApiTokenAsync(t.Token, ct) is { } token
                    ? Hidden(await DecideForAsync(subject, new OwnerOrRoleRequirement(token.Workspace, token.Owner,
                        [WorkspaceRole.Admin], t.Token.Value), nested, ct), "This API token was not found.")
                    : new(DecisionOutcome.NotFound, "This API token was not found.");
            case FileRequirement f:
                return await facts.GetFileWorkspaceAsync(f.File, ct) is { } workspace
                    ? Hidden(await DecideWorkspaceAsync(subject, new WorkspaceRoleRequirement(workspace, [WorkspaceRole.Admin, WorkspaceRole.Editor]), ct),
                        "This file was not found, or you cannot see it.")
                    : new(DecisionOutcome.NotFound, "This file was not found, or you cannot see it.");
            default:
                return new(DecisionOutcome.Forbidden, $"unknown requirement {requirement.GetType().Name}");
        }
    }

    private async Task<AuthorizationDecision> DecideProjectAsync(Subject subject, ProjectRequirement requirement, CancellationToken ct)
    {
        if (subject.User is not { } user) return new(DecisionOutcome.Unauthenticated, "Sign in first.");
        var notFound = "This project was not found, or you cannot see it.";
        if (await facts.GetProjectAccessAsync(requirement.Project, user, ct) is not { } standing)
        {
            return new(DecisionOutcome.NotFound, notFound);
        }

        if (OutsideTokenWorkspace(subject, standing.Workspace)) return TokenElsewhere(notFound, standing.Workspace);
        var effective = standing.Effective;
        if (effective == ProjectAccess.None) return new(DecisionOutcome.NotFound, notFound, standing.Workspace.Value);
        return effective >= requirement.Minimum
            ? AuthorizationDecision.Allow($"project access {effective}", standing.Workspace.Value)
            : new(DecisionOutcome.Forbidden,
                $"your access to this project is {Constant(effective)}; this needs {Constant(requirement.Minimum)}"
                + (standing.Role == WorkspaceRole.Viewer && requirement.Minimum > ProjectAccess.Execute
                    ? " (a VIEWER's access is capped at EXECUTE)" : ""),
                standing.Workspace.Value);
    }

    /// <summary>Project level first (so outsiders learn nothing of blocks or connections), then the connection:
    /// the block's (which must exist), attached to the project, and granted to the subject.</summary>
    private async Task<AuthorizationDecision> DecideRunAsync(Subject subject, ProjectRunRequirement requirement,
        CancellationToken ct)
    {
        var project = await DecideProjectAsync(subject, new ProjectRequirement(requirement.Project, requirement.Minimum), ct);
        if (!project.Allowed) return project;
        if (requirement is { Block: null, Connection: null }) return project; // nothing to run: validation says so

        var connection = requirement.Block is { } block
            ? await facts.GetBlockConnectionAsync(requirement.Project, block, ct)
            : requirement.Connection;
        if (connection is not { } c)
        {
            return new(DecisionOutcome.NotFound, "This block is not in this project (it may have been removed).",
                project.AuditWorkspace);
        }

        if (!await facts.IsAttachedAsync(requirement.Project, c, ct))
        {
            return new(DecisionOutcome.Forbidden, "this connection is not attached to this project", project.AuditWorkspace);
        }

        var use = await DecideConnectionAsync(subject, new ConnectionRequirement(c, ConnectionUse.Use), ct);
        return use.Allowed ? AuthorizationDecision.Allow($"{project.Reason} and {use.Reason}", project.AuditWorkspace) : use;
    }

    /// <summary>A resource of a workspace the subject is not in answers as an unknown id does (the workspace's id
    /// is not named), while its auditors still see the attempt.</summary>
    private static AuthorizationDecision Hidden(AuthorizationDecision decision, string notFound) =>
        decision.Outcome == DecisionOutcome.NotFound ? decision with { Reason = notFound } : decision;

    private static string Constant(ProjectAccess access) => access switch
    {
        ProjectAccess.AppUser => "APP_USER",
        ProjectAccess.FullAccess => "FULL_ACCESS",
        _ => access.ToString().ToUpperInvariant(),
    };

    /// <summary>An API token acts in its own workspace only.</summary>
    private static bool OutsideTokenWorkspace(Subject subject, Domain.SharedKernel.WorkspaceId workspace) =>
        subject.TokenWorkspace is { } tokenWorkspace && tokenWorkspace != workspace;

    /// <summary>A token used outside its workspace gets the answer an unknown id gets (no oracle), and the attempt
    /// is recorded where its target's auditors see it.</summary>
    private static AuthorizationDecision TokenElsewhere(string notFound, Domain.SharedKernel.WorkspaceId target) =>
        new(DecisionOutcome.NotFound, notFound, target.Value);

    private async Task<AuthorizationDecision> DecideConnectionAsync(Subject subject, ConnectionRequirement requirement,
        CancellationToken ct)
    {
        if (subject.User is not { } user) return new(DecisionOutcome.Unauthenticated, "Sign in first.");

        var notFound = "This connection was not found, or you cannot see it.";
        if (await facts.GetConnectionWorkspaceAsync(requirement.Connection, ct) is not { } workspace)
        {
            return new(DecisionOutcome.NotFound, notFound);
        }

        if (OutsideTokenWorkspace(subject, workspace)) return TokenElsewhere(notFound, workspace);
        if (await facts.GetRoleAsync(workspace, user, ct) is not { } role)
        {
            return new(DecisionOutcome.NotFound, notFound, workspace.Value);
        }

        var isAdmin = role == WorkspaceRole.Admin;
        var granted = requirement.Use != ConnectionUse.Manage
            && await facts.HasGrantAsync(requirement.Connection, user, ct);
        return requirement.Use switch
        {
            ConnectionUse.Manage when isAdmin => AuthorizationDecision.Allow("ADMIN manages connections", workspace.Value),
            ConnectionUse.View when isAdmin || granted =>
                AuthorizationDecision.Allow("ADMIN or data-access grant", workspace.Value),
            ConnectionUse.Use when granted => AuthorizationDecision.Allow("data-access grant", workspace.Value),
            ConnectionUse.Manage => new(DecisionOutcome.Forbidden, "only an ADMIN manages connections", workspace.Value),
            _ => new(DecisionOutcome.Forbidden, isAdmin
                ? "no data-access grant on this connection (an ADMIN must grant themselves access to use it)"
                : "no data-access grant on this connection", workspace.Value),
        };
    }

    private async Task<AuthorizationDecision> DecideWorkspaceAsync(Subject subject, WorkspaceRoleRequirement requirement,
        CancellationToken ct)
    {
        if (subject.User is not { } user) return new(DecisionOutcome.Unauthenticated, "Sign in first.");
        var role = OutsideTokenWorkspace(subject, requirement.Workspace)
            ? null
            : await facts.GetRoleAsync(requirement.Workspace, user, ct);
        if (role is null)
        {
            // Outsiders (and tokens of other workspaces) learn nothing, not even that the workspace exists; its
            // auditors still see the attempt.
            var exists = await facts.WorkspaceExistsAsync(requirement.Workspace, ct);
            return new(DecisionOutcome.NotFound, "This workspace was not found, or you are not a member of it.",
                exists ? requirement.Workspace.Value : null);
        }

        return requirement.Roles.Contains(role.Value)
            ? AuthorizationDecision.Allow($"role {role} is allowed", requirement.Workspace.Value)
            : new(DecisionOutcome.Forbidden,
                $"role {role.Value.ToString().ToUpperInvariant()} may not do this; it needs "
                + string.Join(" or ", requirement.Roles.Select(r => r.ToString().ToUpperInvariant())),
                requirement.Workspace.Value);
    }

    /// <summary>The workspace a workspace, project or connection id belongs to.</summary>
    private async Task<Domain.SharedKernel.WorkspaceId?> WorkspaceOfAsync(Guid resource, Domain.SharedKernel.UserId? user,
        CancellationToken ct)
    {
        var workspace = new Domain.SharedKernel.WorkspaceId(resource);
        if (await facts.WorkspaceExistsAsync(workspace, ct)) return workspace;
        if (user is { } u && await facts.GetProjectAccessAsync(new Domain.SharedKernel.ProjectId(resource), u, ct) is { } standing)
        {
            return standing.Workspace;
        }

        return await facts.GetConnectionWorkspaceAsync(new Domain.SharedKernel.ConnectionId(resource), ct)
            ?? await facts.GetInvitationWorkspaceAsync(resource, ct);
    }

    /// <summary>Who is being decided for: the actor, or another user an admin asks about.</summary>
    private sealed record Subject(Domain.SharedKernel.UserId? User, Domain.SharedKernel.WorkspaceId? TokenWorkspace,
        ActorKind Kind);
}
