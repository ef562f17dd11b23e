using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Domains.ListDomains;
using Deepnote.Application.Access.Invitations.ListWorkspaceInvitations;
using Deepnote.Application.Access.Projects;
using Deepnote.Application.Access.Projects.ListProjects;
using Deepnote.Application.Access.Workspaces.ListMembers;
using global::GraphQL;
using global::GraphQL.Types;

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
            .ResolveAsync(async c => await c.SendAsync(new Application.Access.Workspaces.GetEffectiveQuerySettings.GetEffectiveQuerySettingsQuery(c.Source.Id)));
        Field<NonNullGraphType<ConnectionGraphType<MemberGraphType, MemberDto>>>("members")
            .Paged()
            .ResolveAsync(async c => await c.SendAsync(new ListMembersQuery(c.Source.Id, c.GetArgument<int?>("first"),
                c.GetArgument<string?>("after"))));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InvitationGraphType>>>>("invitations")
            .Description("ADMIN: invitations awaiting an answer (newest first, at most 200).")
            .ResolveAsync(async c => await c.SendAsync(new ListWorkspaceInvitationsQuery(c.Source.Id)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WorkspaceDomainGraphType>>>>("domains")
            .Description("ADMIN: e-mail domains claimed or verified by this workspace.")
            .ResolveAsync(async c => await c.SendAsync(new ListDomainsQuery(c.Source.Id)));
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
