using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Projects;
using Deepnote.Application.Access.Projects.ListGuestProjects;
using global::GraphQL;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Access;

/// <summary>User.workspaces, User.guestProjects and User.invitations, added to the identity module's User type.</summary>
public sealed class UserMembershipFields : IObjectTypeExtension<Identity.UserGraphType>
{
    public void Extend(Identity.UserGraphType user)
    {
        user.Field<NonNullGraphType<ListGraphType<NonNullGraphType<InvitationGraphType>>>>("invitations")
            .Description("Pending invitations addressed to your e-mail address (only on `me`; at most 200).")
            .ResolveAsync(async c => await c.SendAsync(new Application.Access.Invitations.ListMyInvitations.ListMyInvitationsQuery()));
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
