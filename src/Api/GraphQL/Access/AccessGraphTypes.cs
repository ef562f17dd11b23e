using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Projects;
using Deepnote.Application.Access.Workspaces.ListMembers;
using Deepnote.Domain.Access;
using global::GraphQL;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Access;

public sealed class WorkspaceRoleGraphType : EnumerationGraphType<WorkspaceRole>
{
    public WorkspaceRoleGraphType() => Name = "WorkspaceRole";
}

public sealed class WorkspaceGraphType : ObjectGraphType<WorkspaceDto>
{
    public WorkspaceGraphType(IEnumerable<IObjectTypeExtension<WorkspaceGraphType>> extensions)
    {
        Name = "Workspace";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id.Value);
        Field(w => w.Name);
        Field<NonNullGraphType<DateTimeScalar>>("createdAt").Resolve(c => c.Source.CreatedAt);
        Field<WorkspaceRoleGraphType>("myRole").Resolve(c => c.Source.MyRole);
        Field<NonNullGraphType<IntGraphType>>("maxTokenLifetimeDays").Description("The longest API token lifetime allowed here.")
            .ResolveAsync(async c => (await c.SendAsync(new Application.Access.Workspaces.GetWorkspaceSettingsQuery(c.Source.Id))).MaxTokenLifetimeDays);
        Field<NonNullGraphType<QuerySettingsGraphType>>("querySettings").Description("Query defaults and the longest cache TTL in effect.")
            .ResolveAsync(async c => await c.SendAsync(new Application.Access.Workspaces.GetWorkspaceQuerySettingsDtoQuery(c.Source.Id)));
        Field<NonNullGraphType<ConnectionGraphType<MemberGraphType, MemberDto>>>("members")
            .Paged()
            .ResolveAsync(async c => await c.SendAsync(new ListMembersQuery(c.Source.Id, c.GetArgument<int?>("first"),
                c.GetArgument<string?>("after"))));
        Field<NonNullGraphType<ConnectionGraphType<ProjectGraphType, ProjectDto>>>("projects")
            .Description("The projects the viewer can reach, with their level.")
            .Paged()
            .ResolveAsync(async c => await c.SendAsync(new ListProjectsQuery(c.Source.Id, c.GetArgument<int?>("first"),
                c.GetArgument<string?>("after"))));
        Field<SsoSettingsGraphType>("sso").Description("ADMIN only: the single sign-on provider, if any.")
            .ResolveAsync(async c => await c.SendAsync(new Application.Access.Sso.GetWorkspaceSsoQuery(c.Source.Id)));
        foreach (var extension in extensions) extension.Extend(this);
    }
}

public sealed class MemberGraphType : ObjectGraphType<MemberDto>
{
    public MemberGraphType()
    {
        Name = "Member";
        Field<NonNullGraphType<IdGraphType>>("userId").Resolve(c => c.Source.UserId.Value);
        Field(m => m.Email);
        Field<NonNullGraphType<WorkspaceRoleGraphType>>("role").Resolve(c => c.Source.Role);
        Field<NonNullGraphType<DateTimeScalar>>("joinedAt").Resolve(c => c.Source.JoinedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("connectionGrants")
            .Description("The connections this member may use (filled for ADMIN viewers only).")
            .Resolve(c => c.Source.ConnectionGrants.Select(g => g.Value));
    }
}

public sealed class WorkspacePayloadGraphType : ObjectGraphType<WorkspaceDto>
{
    public WorkspacePayloadGraphType()
    {
        Name = "WorkspacePayload";
        Field<NonNullGraphType<WorkspaceGraphType>>("workspace").Resolve(c => c.Source);
    }
}

public sealed record MemberPayload(MemberDto Member, string? InvitationLink);

public sealed class MemberPayloadGraphType : ObjectGraphType<MemberPayload>
{
    public MemberPayloadGraphType()
    {
        Name = "MemberPayload";
        Field<NonNullGraphType<MemberGraphType>>("member").Resolve(c => c.Source.Member);
        Field(p => p.InvitationLink, nullable: true)
            .Description("A one-time link for a person who had no account yet, to choose a password. Shown once.");
    }
}

public sealed class QuerySettingsGraphType : ObjectGraphType<Application.Access.Workspaces.WorkspaceQuerySettingsDto>
{
    public QuerySettingsGraphType()
    {
        Name = "WorkspaceQuerySettings";
        Field<NonNullGraphType<IntGraphType>>("timeoutSeconds").Description("Default statement timeout in effect.")
            .Resolve(c => c.Source.TimeoutSeconds);
        Field<NonNullGraphType<IntGraphType>>("maxRows").Description("Default row limit in effect.").Resolve(c => c.Source.MaxRows);
        Field<NonNullGraphType<IntGraphType>>("maxCacheTtlSeconds").Description("Longest cache TTL in effect.")
            .Resolve(c => c.Source.MaxCacheTtlSeconds);
        Field<IntGraphType>("ownTimeoutSeconds").Description("The workspace's own value (null: the host's).")
            .Resolve(c => c.Source.Own.DefaultTimeoutSeconds);
        Field<IntGraphType>("ownMaxRows").Resolve(c => c.Source.Own.DefaultMaxRows);
        Field<IntGraphType>("ownMaxCacheTtlSeconds").Resolve(c => c.Source.Own.MaxCacheTtlSeconds);
    }
}

/// <summary>User.workspaces and User.guestProjects, added to the identity module's User type.</summary>
public sealed class UserMembershipFields : IObjectTypeExtension<Identity.UserGraphType>
{
    public void Extend(Identity.UserGraphType user)
    {
        user.Field<NonNullGraphType<ConnectionGraphType<WorkspaceGraphType, WorkspaceDto>>>("workspaces")
            .Description("The workspaces this user belongs to (only on `me`).")
            .Paged()
            .ResolveAsync(async c => await c.SendAsync(new Application.Access.Workspaces.ListMyWorkspaces.ListMyWorkspacesQuery(
                c.GetArgument<int?>("first"), c.GetArgument<string?>("after"))));
        user.Field<NonNullGraphType<ConnectionGraphType<ProjectGraphType, ProjectDto>>>("guestProjects")
            .Description("Projects this user was invited to as a guest (without a workspace role; only on `me`).")
            .Paged()
            .ResolveAsync(async c => await c.SendAsync(new ListGuestProjectsQuery(c.GetArgument<int?>("first"),
                c.GetArgument<string?>("after"))));
    }
}
