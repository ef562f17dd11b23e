using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Identity.Contracts;
using global::GraphQL;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Identity;

public sealed class UserGraphType : ObjectGraphType<UserDto>
{
    public UserGraphType(IEnumerable<IObjectTypeExtension<UserGraphType>> extensions)
    {
        Name = "User";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id.Value);
        Field(u => u.Email);
        Field<NonNullGraphType<ConnectionGraphType<SessionGraphType, Application.Identity.Ports.SessionDto>>>("sessions")
            .Description("Your live browser sessions (only on `me`).")
            .Paged()
            .ResolveAsync(async c => await c.SendAsync(new Application.Identity.SignOut.ListMySessionsQuery(
                c.Actor().SessionToken, c.GetArgument<int?>("first"), c.GetArgument<string?>("after"))));
        foreach (var extension in extensions) extension.Extend(this);
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

/// <summary>Workspace.apiTokens, added to the access module's Workspace type.</summary>
public sealed class WorkspaceApiTokensField : IObjectTypeExtension<Access.WorkspaceGraphType>
{
    public void Extend(Access.WorkspaceGraphType workspace) =>
        workspace.Field<NonNullGraphType<ConnectionGraphType<ApiTokenGraphType, ApiTokenDto>>>("apiTokens")
            .Description("API tokens: an ADMIN sees every member's, others their own.")
            .Paged()
            .ResolveAsync(async c => await c.SendAsync(new Application.Identity.ApiTokens.ListApiTokensQuery(c.Source.Id,
                c.GetArgument<int?>("first"), c.GetArgument<string?>("after"))));
}
