using Deepnote.Api.GraphQL.Access;
using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Projects;
using Deepnote.Application.Access.Workspaces.ListMyWorkspaces;
using Deepnote.Application.Identity.Contracts;
using global::GraphQL;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Identity;

public sealed class UserGraphType : ObjectGraphType<UserDto>
{
    public UserGraphType()
    {
        Name = "User";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id.Value);
        Field(u => u.Email);
        Field<NonNullGraphType<ConnectionGraphType<WorkspaceGraphType, WorkspaceDto>>>("workspaces")
            .Description("The workspaces this user belongs to (only on `me`).")
            .Paged()
            .ResolveAsync(async c => await c.SendAsync(new ListMyWorkspacesQuery(c.GetArgument<int?>("first"),
                c.GetArgument<string?>("after"))));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SessionGraphType>>>>("sessions")
            .Description("Your live browser sessions (only on `me`).")
            .ResolveAsync(async c => await c.SendAsync(new Application.Identity.SignOut.ListMySessionsQuery(c.Actor().SessionToken)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProjectGraphType>>>>("guestProjects")
            .Description("Projects this user was invited to as a guest (without a workspace role; only on `me`).")
            .ResolveAsync(async c => await c.SendAsync(new ListGuestProjectsQuery()));
    }
}

public sealed class SessionGraphType : ObjectGraphType<Application.Identity.Ports.SessionDto>
{
    public SessionGraphType()
    {
        Name = "Session";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<DateTimeScalar>>("createdAt").Resolve(c => c.Source.CreatedAt);
        Field<NonNullGraphType<DateTimeScalar>>("lastSeenAt").Resolve(c => c.Source.LastSeenAt);
        Field<NonNullGraphType<DateTimeScalar>>("expiresAt").Resolve(c => c.Source.ExpiresAt);
        Field(s => s.IpAddress, nullable: true);
        Field(s => s.UserAgent, nullable: true);
        Field(s => s.Current).Description("This browser's session.");
    }
}
