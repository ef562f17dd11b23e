using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Vault.Connections.ClearMyConnectionCredentials;
using Deepnote.Application.Vault.Connections.CreateConnection;
using Deepnote.Application.Vault.Connections.DeleteConnection;
using Deepnote.Application.Vault.Connections.GetConnection;
using Deepnote.Application.Vault.Connections.MoveConnection;
using Deepnote.Application.Vault.Connections.RenameConnection;
using Deepnote.Application.Vault.Connections.SetConnectionGuardrails;
using Deepnote.Application.Vault.Connections.SetMyConnectionCredentials;
using Deepnote.Application.Vault.Connections.TestConnection;
using Deepnote.Application.Vault.Connections.UpdateConnectionCredentials;
using Deepnote.Application.Vault.Contracts;
using Deepnote.Application.Vault.Files.DeleteFile;
using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Connections;
using global::GraphQL.Types;
using static Deepnote.Api.GraphQL.Common.ResolveContextExtensions;

namespace Deepnote.Api.GraphQL.Vault;

/// <summary>Connections with write-only credentials: reading one, creating, changing, testing and deleting them.</summary>
public static class ConnectionSchema
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.ById<ConnectionGraphType, ConnectionDto>("connection", "ADMIN of its workspace, or a member holding a grant.",
            id => new GetConnectionQuery(new ConnectionId(id)));
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Mutate<ConnectionPayloadGraphType, CreateConnectionInputGraphType, CreateConnectionInput>("createConnection", async (c, i) =>
            {
                // Credentials never go out in clear by default: verified TLS and SCRAM only; an ADMIN lowers either
                // visibly (sslMode, allowMd5 are shown on the connection).
                var postgres = i.Engine == ConnectionEngine.Postgres;
                var settings = new ConnectionSettings(i.Engine, Blank(i.Host), i.Port, Blank(i.Database), Blank(i.Username),
                    postgres ? i.SslMode ?? SslMode.VerifyFull : null, postgres && i.AllowMd5 == true,
                    i.PerPersonCredentials == true);
                var id = await c.SendAsync(new CreateConnectionCommand(
                    new WorkspaceId(ParseId(i.WorkspaceId, "workspaceId")), i.Name, settings, i.Password));
                return await c.SendAsync(new GetConnectionQuery(id));
            });

        mutation.Mutate<ConnectionPayloadGraphType, UpdateCredentialsInputGraphType, UpdateCredentialsInput>("updateConnectionCredentials", async (c, i) =>
            {
                var id = await c.SendAsync(new UpdateConnectionCredentialsCommand(
                    new ConnectionId(ParseId(i.ConnectionId, "connectionId")), Blank(i.Username), i.Password));
                return await c.SendAsync(new GetConnectionQuery(id));
            });

        mutation.Mutate<ConnectionPayloadGraphType, MoveConnectionInputGraphType, MoveConnectionInput>("moveConnection", async (c, i) =>
            {
                var id = await c.SendAsync(new MoveConnectionCommand(new ConnectionId(ParseId(i.ConnectionId, "connectionId")),
                    Blank(i.Host), i.Port, Blank(i.Database), i.SslMode, i.Password));
                return await c.SendAsync(new GetConnectionQuery(id));
            })
            .Description("ADMIN: points a connection at another host, port, database or TLS mode (engine, account and "
                + "name stay). Moving to another server or database needs the password again; the result cache is emptied.");

        mutation.Mutate<ConnectionPayloadGraphType, SetMyCredentialsInputGraphType, SetMyCredentialsInput>("setMyConnectionCredentials", async (c, i) =>
            {
                var id = await c.SendAsync(new SetMyConnectionCredentialsCommand(
                    new ConnectionId(ParseId(i.ConnectionId, "connectionId")), i.Username, i.Password));
                return await c.SendAsync(new GetConnectionQuery(id));
            })
            .Description("A member with a grant: your own database account for a per-person connection (replaces the previous one).");

        mutation.Change<ConnectionPayloadGraphType, ConnectionDto>("clearMyConnectionCredentials", "connectionId", _ => { },
                (_, connection) => new ClearMyConnectionCredentialsCommand(new ConnectionId(connection)),
                connection => new GetConnectionQuery(new ConnectionId(connection)))
            .Description("Removes your own credentials from a per-person connection; the sealed password is destroyed.");

        mutation.Mutate<ConnectionPayloadGraphType, RenameConnectionInputGraphType, RenameConnectionInput>("renameConnection", async (c, i) =>
            {
                var id = await c.SendAsync(new RenameConnectionCommand(
                    new ConnectionId(ParseId(i.ConnectionId, "connectionId")), i.Name));
                return await c.SendAsync(new GetConnectionQuery(id));
            });

        mutation.Field("deleteFile", MutationFields.IdPayload("DeleteFilePayload", "deletedFileId"))
            .Description("ADMIN or EDITOR: deletes an uploaded file for good (its encrypted chunks and data key are destroyed). "
                + "Connections that read it (`:files:`, `upload:<name>.duckdb`) no longer find it.")
            .Input("DeleteFileInput", i => i.Required<IdGraphType>("fileId"))
            .ResolveAsync(async c =>
            {
                var file = new FileId(c.Input().Id("fileId"));
                await c.SendAsync(new DeleteFileCommand(file));
                return file.Value;
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

        mutation.Change<ConnectionPayloadGraphType, ConnectionDto>("setConnectionGuardrails", "connectionId",
                i => i.Optional<BooleanGraphType>("allowWrites").Optional<IntGraphType>("timeoutSeconds")
                    .Optional<IntGraphType>("maxRows").Optional<FloatGraphType>("maxBytes"),
                (i, connection) => new SetConnectionGuardrailsCommand(new ConnectionId(connection), new ConnectionGuardrails(
                    i.OptionalBool("allowWrites") ?? false, i.OptionalInt("timeoutSeconds"), i.OptionalInt("maxRows"),
                    WholeBytes(i.OptionalDouble("maxBytes")))),
                connection => new GetConnectionQuery(new ConnectionId(connection)))
            .Description("ADMIN: read-only or not, and the connection's own timeout, row and byte limits.");
    }

    private static long? WholeBytes(double? bytes) => bytes is { } b && (b != Math.Floor(b) || b > long.MaxValue)
        ? throw DeepnoteError.InvalidField("maxBytes", "Must be a whole number of bytes.")
        : (long?)bytes;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
