using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Common.Authorization;

/// <summary>What a request needs before its handler runs. Every command and query declares one; the
/// authorization behaviour asks the access module's policy to decide.</summary>
public abstract record AccessRequirement
{
    /// <summary>The resource asked for, named in a denial (null when the requirement names none).</summary>
    public virtual Guid? Target => null;

    /// <summary>Anyone, signed in or not (signing in, reading who I am).</summary>
    public static AccessRequirement Anyone { get; } = new AnyoneRequirement();

    public static AccessRequirement SignedIn { get; } = new SignedInRequirement();

    /// <summary>The signed-in person on their whole account, never an API token (sessions, password, workspaces,
    /// invitations: beyond a token's workspace).</summary>
    public static AccessRequirement Person { get; } = new PersonRequirement();

    /// <summary>Only when sent by another handler (a module's contract), never as a top-level request.</summary>
    public static AccessRequirement Internal { get; } = new InternalRequirement();

    /// <summary>Only the host itself (start-up tasks, jobs), never a person.</summary>
    public static AccessRequirement System { get; } = new SystemRequirement();

    public static AccessRequirement WorkspaceRole(WorkspaceId workspace, params WorkspaceRole[] roles) =>
        new WorkspaceRoleRequirement(workspace, roles);

    public static AccessRequirement WorkspaceMember(WorkspaceId workspace) =>
        new WorkspaceRoleRequirement(workspace, Enum.GetValues<WorkspaceRole>());

    /// <summary>A use of a connection, decided from its workspace, the actor's role there and their grant.</summary>
    public static AccessRequirement OnConnection(ConnectionId connection, ConnectionUse use) =>
        new ConnectionRequirement(connection, use);

    /// <summary>At least <paramref name="minimum"/> on a project (its effective level, docs/access-model.md).</summary>
    public static AccessRequirement OnProject(ProjectId project, ProjectAccess minimum) =>
        new ProjectRequirement(project, minimum);

    /// <summary>Running SQL in a project: at least <paramref name="minimum"/> there, the connection (the block's, or
    /// the one named) attached to the project, and a data-access grant on it.</summary>
    public static AccessRequirement ToRun(ProjectId project, BlockId? block, ConnectionId? connection,
        ProjectAccess minimum) => new ProjectRunRequirement(project, block, connection, minimum);

    /// <summary>ADMIN of the workspace a resource (workspace, project or connection) belongs to.</summary>
    public static AccessRequirement AdminOf(Guid resource) => new AdminOfResourceRequirement(resource);

    /// <summary>Revoking an API token: its owner (while a member of its workspace) or an ADMIN there.</summary>
    public static AccessRequirement OnApiToken(ApiTokenId token) => new ApiTokenRequirement(token);

    /// <summary>Reading a stored file: an ADMIN or EDITOR of its workspace (the people who may upload and query data
    /// files; a VIEWER or AUDITOR has no data access of their own).</summary>
    public static AccessRequirement OnFile(FileId file) => new FileRequirement(file);
}
