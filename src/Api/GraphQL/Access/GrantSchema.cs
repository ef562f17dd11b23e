using Deepnote.Api.GraphQL.Common;
using Deepnote.Api.GraphQL.Vault;
using Deepnote.Application.Access.Grants.GrantConnectionAccess;
using Deepnote.Application.Access.Grants.RevokeConnectionAccess;
using Deepnote.Application.Vault.Connections.GetConnection;
using Deepnote.Domain.SharedKernel;
using global::GraphQL;
using global::GraphQL.Types;
using Mediator;
using static Deepnote.Api.GraphQL.Common.ResolveContextExtensions;

namespace Deepnote.Api.GraphQL.Access;

/// <summary>Data-access grants on connections (ADMIN): who may use a connection.</summary>
public static class GrantSchema
{
    public static void AddMutations(ObjectGraphType mutation)
    {
        Grant(mutation, "grantConnectionAccess", "ADMIN: lets a member (or the ADMIN themselves) use the connection.",
            (connection, user) => new GrantConnectionAccessCommand(connection, user));
        Grant(mutation, "revokeConnectionAccess", "ADMIN: takes the grant back; the connection's result cache is emptied.",
            (connection, user) => new RevokeConnectionAccessCommand(connection, user));
    }

    /// <summary>Both take a <c>ConnectionGrantInput</c> and answer with the connection (its grants changed).</summary>
    private static void Grant(ObjectGraphType mutation, string name, string description,
        Func<ConnectionId, UserId, ICommand<bool>> command) =>
        mutation.Field<NonNullGraphType<ConnectionPayloadGraphType>>(name).Description(description)
            .Argument<NonNullGraphType<ConnectionGrantInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var i = c.GetArgument<ConnectionGrantInput>("input");
                var connection = new ConnectionId(ParseId(i.ConnectionId, "connectionId"));
                await c.SendAsync(command(connection, new UserId(ParseId(i.UserId, "userId"))));
                return await c.SendAsync(new GetConnectionQuery(connection));
            });
}
