using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Projects;
using Deepnote.Application.Access.Workspaces.ListMembers;
using Deepnote.Domain.Access;
using global::GraphQL;
using global::GraphQL.Types;
using Deepnote.Application.Access.Contracts.CreateWorkspaceForOwner;
using Deepnote.Application.Access.Contracts.FindSsoWorkspace;
using Deepnote.Application.Access.Contracts.GetMyRole;
using Deepnote.Application.Access.Contracts.GetSsoSettings;
using Deepnote.Application.Access.Contracts.GetTokenLifetimeCap;
using Deepnote.Application.Access.Contracts.GetWorkspaceQuerySettings;
using Deepnote.Application.Access.Contracts.IsSsoEnforced;
using Deepnote.Application.Access.Contracts.JoinThroughSso;
using Deepnote.Application.Access.Contracts.PrepareRun;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Access.Projects.AddSqlBlock;
using Deepnote.Application.Access.Projects.AttachConnection;
using Deepnote.Application.Access.Projects.CreateProject;
using Deepnote.Application.Access.Projects.DeleteProject;
using Deepnote.Application.Access.Projects.DetachConnection;
using Deepnote.Application.Access.Projects.GetProject;
using Deepnote.Application.Access.Projects.GetProjectContent;
using Deepnote.Application.Access.Projects.InviteGuest;
using Deepnote.Application.Access.Projects.ListGuestProjects;
using Deepnote.Application.Access.Projects.ListProjects;
using Deepnote.Application.Access.Projects.RemoveSqlBlock;
using Deepnote.Application.Access.Projects.RenameProject;
using Deepnote.Application.Access.Projects.SetProjectCacheUse;
using Deepnote.Application.Access.Projects.ShareProject;
using Deepnote.Application.Access.Projects.UpdateSqlBlock;

namespace Deepnote.Api.GraphQL.Access;

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
            .ResolveAsync(async c => (await c.SendAsync(new Application.Access.Workspaces.GetWorkspaceSettings.GetWorkspaceSettingsQuery(c.Source.Id))).MaxTokenLifetimeDays);
        Field<NonNullGraphType<QuerySettingsGraphType>>("querySettings").Description("Query defaults and the longest cache TTL in effect.")
            .ResolveAsync(async c => await c.SendAsync(new Application.Access.Workspaces.GetWorkspaceQuerySettingsDto.GetWorkspaceQuerySettingsDtoQuery(c.Source.Id)));
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
            .ResolveAsync(async c => await c.SendAsync(new Application.Access.Sso.GetWorkspaceSso.GetWorkspaceSsoQuery(c.Source.Id)));
        foreach (var extension in extensions) extension.Extend(this);
    }
}
