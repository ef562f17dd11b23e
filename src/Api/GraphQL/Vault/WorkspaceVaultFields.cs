using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Vault.Contracts;
using global::GraphQL;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Vault;

/// <summary>Workspace.connections, files and key, added to the access module's Workspace type.</summary>
public sealed class WorkspaceVaultFields : IObjectTypeExtension<Access.WorkspaceGraphType>
{
    public void Extend(Access.WorkspaceGraphType workspace)
    {
        workspace.Field<NonNullGraphType<ConnectionGraphType<ConnectionGraphType, ConnectionDto>>>("connections")
            .Description("ADMIN: every connection; others: those granted to them.")
            .Paged()
            .ResolveAsync(async c => await c.SendAsync(new Application.Vault.Connections.ListConnections.ListConnectionsQuery(
                c.Source.Id, c.GetArgument<int?>("first"), c.GetArgument<string?>("after"))));
        workspace.Field<NonNullGraphType<ConnectionGraphType<FileGraphType, FileDto>>>("files")
            .Description("Uploaded data files (download at /files/{id}).")
            .Paged()
            .ResolveAsync(async c => await c.SendAsync(new Application.Vault.Files.ListFiles.ListFilesQuery(c.Source.Id,
                c.GetArgument<int?>("first"), c.GetArgument<string?>("after"))));
        workspace.Field<WorkspaceKeyGraphType>("key").Description("ADMIN only.")
            .ResolveAsync(async c => await c.SendAsync(new Application.Vault.Keys.GetWorkspaceKey.GetWorkspaceKeyQuery(c.Source.Id)));
    }
}
