using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Access.Grants.GrantConnectionAccess;
using Deepnote.Application.Access.Grants.RevokeConnectionAccess;
using Deepnote.Application.Vault.Connections.CreateConnection;
using Deepnote.Application.Vault.Connections.DeleteConnection;
using Deepnote.Application.Vault.Connections.GetConnection;
using Deepnote.Application.Vault.Connections.RenameConnection;
using Deepnote.Application.Vault.Connections.SetConnectionGuardrails;
using Deepnote.Application.Vault.Connections.TestConnection;
using Deepnote.Application.Vault.Connections.UpdateConnectionCredentials;
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

        mutation.Field("deleteConnection", MutationFields.IdPayload("DeleteConnectionPayload", "deletedConnectionId"))
            .Description("ADMIN: deletes a connection; its sealed credentials can no longer be opened.")
            .Input("DeleteConnectionInput", i => i.Required<IdGraphType>("connectionId"))
            .ResolveAsync(async c =>
            {
                var connection = new ConnectionId(c.Input().Id("connectionId"));
                await c.SendAsync(new DeleteConnectionCommand(connection));
                return connection.Value;
            });

        mutation.Field<NonNullGraphType<ConnectionTestResultGraphType>>("testConnection")
            .Description("ADMIN: connects with the stored credentials; the message is scrubbed of secrets.")
            .Input("TestConnectionInput", i => i.Required<IdGraphType>("connectionId"))
            .ResolveAsync(async c =>
                await c.SendAsync(new TestConnectionCommand(new ConnectionId(c.Input().Id("connectionId")))));

        mutation.Field<NonNullGraphType<ConnectionPayloadGraphType>>("grantConnectionAccess")
            .Description("ADMIN: lets a member (or the ADMIN themselves) use the connection.")
            .Argument<NonNullGraphType<ConnectionGrantInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var i = c.GetArgument<ConnectionGrantInput>("input");
                var connection = new ConnectionId(ParseId(i.ConnectionId, "connectionId"));
                await c.SendAsync(new GrantConnectionAccessCommand(connection, new UserId(ParseId(i.UserId, "userId"))));
                return await c.SendAsync(new GetConnectionQuery(connection));
            });

        mutation.Field<NonNullGraphType<ConnectionPayloadGraphType>>("revokeConnectionAccess")
            .Description("ADMIN: takes the grant back; the connection's result cache is emptied.")
            .Argument<NonNullGraphType<ConnectionGrantInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var i = c.GetArgument<ConnectionGrantInput>("input");
                var connection = new ConnectionId(ParseId(i.ConnectionId, "connectionId"));
                await c.SendAsync(new RevokeConnectionAccessCommand(connection, new UserId(ParseId(i.UserId, "userId"))));
                return await c.SendAsync(new GetConnectionQuery(connection));
            });

        mutation.Field<NonNullGraphType<ConnectionPayloadGraphType>>("setConnectionGuardrails")
            .Description("ADMIN: read-only or not, and the connection's own timeout, row and byte limits.")
            .Input("SetConnectionGuardrailsInput", i => i.Required<IdGraphType>("connectionId")
                .Optional<BooleanGraphType>("allowWrites").Optional<IntGraphType>("timeoutSeconds")
                .Optional<IntGraphType>("maxRows").Optional<FloatGraphType>("maxBytes"))
            .ResolveAsync(async c =>
            {
                var i = c.Input();
                var maxBytes = i.OptionalDouble("maxBytes");
                if (maxBytes is { } b && (b != Math.Floor(b) || b > long.MaxValue))
                {
                    throw DeepnoteError.InvalidField("maxBytes", "Must be a whole number of bytes.");
                }

                var connection = new ConnectionId(i.Id("connectionId"));
                await c.SendAsync(new SetConnectionGuardrailsCommand(connection, new ConnectionGuardrails(
                    i.OptionalBool("allowWrites") ?? false, i.OptionalInt("timeoutSeconds"), i.OptionalInt("maxRows"),
                    (long?)maxBytes)));
                return await c.SendAsync(new GetConnectionQuery(connection));
            });

        mutation.Field<NonNullGraphType<WorkspaceKeyPayloadGraphType>>("destroyWorkspaceKey")
            .Description("Crypto-shredding: deletes every version of the workspace key. Irreversible; confirm with the workspace id.")
            .Input("DestroyWorkspaceKeyInput", i => i.Required<IdGraphType>("workspaceId")
                .Required<StringGraphType>("confirm", "The workspace id again."))
            .ResolveAsync(async c =>
            {
                var i = c.Input();
                var workspace = new WorkspaceId(i.Id("workspaceId"));
                await c.SendAsync(new DestroyWorkspaceKeyCommand(workspace, i.String("confirm")));
                return await c.SendAsync(new GetWorkspaceKeyQuery(workspace));
            });

        mutation.Field<NonNullGraphType<RotateWorkspaceKeyPayloadGraphType>>("rotateWorkspaceKey")
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
