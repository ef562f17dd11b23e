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
            .ResolveAsync(async c => await c.SendAsync(new Application.Identity.Sessions.ListMySessions.ListMySessionsQuery(
                c.Actor().SessionToken, c.GetArgument<int?>("first"), c.GetArgument<string?>("after"))));
        foreach (var extension in extensions) extension.Extend(this);
    }
}
