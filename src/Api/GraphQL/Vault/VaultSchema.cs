using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Access.Grants.GrantConnectionAccess;
using Deepnote.Application.Access.Grants.RevokeConnectionAccess;
using Deepnote.Application.Vault.Connections.CreateConnection;
using Deepnote.Application.Vault.Connections.DeleteConnection;
using Deepnote.Application.Vault.Connections.GetConnection;
using Deepnote.Application.Vault.Connections.RenameConnection;
using Deepnote.Application.Vault.Connections.TestConnection;
using Deepnote.Application.Vault.Connections.UpdateCredentials;
using Deepnote.Application.Vault.Keys.DestroyWorkspaceKey;
using Deepnote.Application.Vault.Keys.GetWorkspaceKey;
using Deepnote.Application.Vault.Keys.RotateWorkspaceKey;
using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Connections;
using global::GraphQL;
using global::GraphQL.Types;
using static Deepnote.Api.GraphQL.Common.ResolveContextExtensions;

namespace Deepnote.Api.GraphQL.Vault;

/// <summary>The vault's fields: connections with write-only credentials, their grants, the workspace key.</summary>
public static class VaultSchema
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<ConnectionGraphType>("connection")
            .Description("ADMIN of its workspace, or a member holding a grant.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.SendAsync(new GetConnectionQuery(new ConnectionId(c.GetId("id")))));
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ConnectionPayloadGraphType>>("createConnection")
            .Argument<NonNullGraphType<CreateConnectionInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var i = c.GetArgument<CreateConnectionInput>("input");
                var settings = new ConnectionSettings(i.Engine, Blank(i.Host), i.Port, Blank(i.Database), Blank(i.Username),
                    i.Engine == ConnectionEngine.Postgres ? i.SslMode ?? SslMode.Prefer : null);
                var id = await c.SendAsync(new CreateConnectionCommand(
                    new WorkspaceId(ParseId(i.WorkspaceId, "workspaceId")), i.Name, settings, i.Password));
                return await c.SendAsync(new GetConnectionQuery(id));
            });

        mutation.Field<NonNullGraphType<ConnectionPayloadGraphType>>("updateConnectionCredentials")
            .Argument<NonNullGraphType<UpdateCredentialsInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var i = c.GetArgument<UpdateCredentialsInput>("input");
                var id = await c.SendAsync(new UpdateConnectionCredentialsCommand(
                    new ConnectionId(ParseId(i.ConnectionId, "connectionId")), Blank(i.Username), i.Password));
                return await c.SendAsync(new GetConnectionQuery(id));
            });

        mutation.Field<NonNullGraphType<ConnectionPayloadGraphType>>("renameConnection")
            .Argument<NonNullGraphType<RenameConnectionInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var i = c.GetArgument<RenameConnectionInput>("input");
                var id = await c.SendAsync(new RenameConnectionCommand(
                    new ConnectionId(ParseId(i.ConnectionId, "connectionId")), i.Name));
                return await c.SendAsync(new GetConnectionQuery(id));
            });

        mutation.Field<NonNullGraphType<BooleanGraphType>>("deleteConnection")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.SendAsync(new DeleteConnectionCommand(new ConnectionId(c.GetId("id")))));

        mutation.Field<NonNullGraphType<ConnectionTestResultGraphType>>("testConnection")
            .Argument<NonNullGraphType<IdGraphType>>("connectionId")
            .ResolveAsync(async c =>
                await c.SendAsync(new TestConnectionCommand(new ConnectionId(c.GetId("connectionId")))));

        mutation.Field<NonNullGraphType<BooleanGraphType>>("grantConnectionAccess")
            .Argument<NonNullGraphType<ConnectionGrantInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var i = c.GetArgument<ConnectionGrantInput>("input");
                return await c.SendAsync(new GrantConnectionAccessCommand(
                    new ConnectionId(ParseId(i.ConnectionId, "connectionId")), new UserId(ParseId(i.UserId, "userId"))));
            });

        mutation.Field<NonNullGraphType<BooleanGraphType>>("revokeConnectionAccess")
            .Argument<NonNullGraphType<ConnectionGrantInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var i = c.GetArgument<ConnectionGrantInput>("input");
                return await c.SendAsync(new RevokeConnectionAccessCommand(
                    new ConnectionId(ParseId(i.ConnectionId, "connectionId")), new UserId(ParseId(i.UserId, "userId"))));
            });

        mutation.Field<NonNullGraphType<BooleanGraphType>>("destroyWorkspaceKey")
            .Description("Crypto-shredding: deletes every version of the workspace key. Irreversible; confirm with the workspace id.")
            .Argument<NonNullGraphType<IdGraphType>>("workspaceId")
            .Argument<NonNullGraphType<StringGraphType>>("confirm")
            .ResolveAsync(async c => await c.SendAsync(new DestroyWorkspaceKeyCommand(
                new WorkspaceId(c.GetId("workspaceId")), c.GetArgument<string>("confirm"))));

        mutation.Field<NonNullGraphType<KeyRotationGraphType>>("rotateWorkspaceKey")
            .Description("Makes a new version of the workspace key and re-wraps every data key under it in a job.")
            .Argument<NonNullGraphType<RotateWorkspaceKeyInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var i = c.GetArgument<RotateWorkspaceKeyInput>("input");
                var workspace = new WorkspaceId(ParseId(i.WorkspaceId, "workspaceId"));
                await c.SendAsync(new RotateWorkspaceKeyCommand(workspace, Blank(i.KeyId)));
                return (await c.SendAsync(new GetWorkspaceKeyQuery(workspace)))!.Rotation;
            });
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
