using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Grants.ListConnectionGrants;
using Deepnote.Application.Vault.Contracts;
using Deepnote.Domain.Vault.Connections;
using global::GraphQL;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Vault;

public sealed class ConnectionEngineGraphType : EnumerationGraphType
{
    public ConnectionEngineGraphType()
    {
        Name = "ConnectionEngine";
        Add("POSTGRES", ConnectionEngine.Postgres);
        Add("DUCKDB", ConnectionEngine.DuckDb); // not DUCK_DB, as the generic enum type would name it
    }
}

public sealed class SslModeGraphType : EnumerationGraphType<SslMode>
{
    public SslModeGraphType() => Name = "SslMode";
}

/// <summary>A connection as anyone may see it. No field can return a password: the DTO has none.</summary>
public sealed class ConnectionGraphType : ObjectGraphType<ConnectionDto>
{
    public ConnectionGraphType(IEnumerable<IObjectTypeExtension<ConnectionGraphType>> extensions)
    {
        Name = "Connection";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id.Value);
        Field<NonNullGraphType<IdGraphType>>("workspaceId").Resolve(c => c.Source.WorkspaceId.Value);
        Field(x => x.Name);
        Field<NonNullGraphType<ConnectionEngineGraphType>>("engine").Resolve(c => c.Source.Settings.Engine);
        Field<StringGraphType>("host").Resolve(c => c.Source.Settings.Host);
        Field<IntGraphType>("port").Resolve(c => c.Source.Settings.Port);
        Field<StringGraphType>("database").Resolve(c => c.Source.Settings.Database);
        Field<StringGraphType>("username").Resolve(c => c.Source.Settings.Username);
        Field<SslModeGraphType>("sslMode").Resolve(c => c.Source.Settings.SslMode);
        Field(x => x.HasPassword);
        Field(x => x.CredentialsFingerprint, nullable: true);
        Field<DateTimeScalar>("credentialsRotatedAt").Resolve(c => c.Source.CredentialsRotatedAt);
        Field<NonNullGraphType<DateTimeScalar>>("createdAt").Resolve(c => c.Source.CreatedAt);
        Field(x => x.MyAccess).Description("Whether the viewer holds a grant (may use this connection).");
        Field<NonNullGraphType<GuardrailsGraphType>>("guardrails").Resolve(c => c.Source.Guardrails);
        Field<NonNullGraphType<ConnectionGraphType<ConnectionGrantGraphType, ConnectionGrantDto>>>("grants")
            .Description("Who may use this connection. ADMIN only.")
            .Paged()
            .ResolveAsync(async c => await c.SendAsync(new ListConnectionGrantsQuery(c.Source.Id,
                c.GetArgument<int?>("first"), c.GetArgument<string?>("after"))));
        foreach (var extension in extensions) extension.Extend(this);
    }
}

public sealed class GuardrailsGraphType : ObjectGraphType<ConnectionGuardrails>
{
    public GuardrailsGraphType()
    {
        Name = "Guardrails";
        Field(g => g.AllowWrites).Description("False: every query runs in a read-only transaction.");
        Field(g => g.TimeoutSeconds, nullable: true).Description("Null: the workspace default.");
        Field(g => g.MaxRows, nullable: true);
        Field<FloatGraphType>("maxBytes").Resolve(c => (double?)c.Source.MaxBytes);
    }
}

public sealed class ConnectionGrantGraphType : ObjectGraphType<ConnectionGrantDto>
{
    public ConnectionGrantGraphType()
    {
        Name = "ConnectionGrant";
        Field<NonNullGraphType<IdGraphType>>("userId").Resolve(c => c.Source.UserId.Value);
        Field(g => g.Email);
        Field<NonNullGraphType<DateTimeScalar>>("grantedAt").Resolve(c => c.Source.GrantedAt);
    }
}

public sealed class ConnectionPayloadGraphType : ObjectGraphType<ConnectionDto>
{
    public ConnectionPayloadGraphType()
    {
        Name = "ConnectionPayload";
        Field<NonNullGraphType<ConnectionGraphType>>("connection").Resolve(c => c.Source);
    }
}

public sealed class ConnectionTestResultGraphType : ObjectGraphType<Application.Abstractions.ConnectionCheck>
{
    public ConnectionTestResultGraphType()
    {
        Name = "ConnectionTestResult";
        Field(r => r.Success);
        Field(r => r.Message).Description("The driver's message, with the password scrubbed.");
    }
}

public sealed class WorkspaceKeyPayloadGraphType : ObjectGraphType<WorkspaceKeyDto?>
{
    public WorkspaceKeyPayloadGraphType()
    {
        Name = "WorkspaceKeyPayload";
        Field<WorkspaceKeyGraphType>("key").Description("The workspace key after the change.").Resolve(c => c.Source);
    }
}

public sealed class RotateWorkspaceKeyPayloadGraphType : ObjectGraphType<KeyRotationDto>
{
    public RotateWorkspaceKeyPayloadGraphType()
    {
        Name = "RotateWorkspaceKeyPayload";
        Field<NonNullGraphType<KeyRotationGraphType>>("rotation").Description("The rotation job, with its progress.")
            .Resolve(c => c.Source);
    }
}

public sealed class WorkspaceKeyGraphType : ObjectGraphType<WorkspaceKeyDto>
{
    public WorkspaceKeyGraphType()
    {
        Name = "WorkspaceKey";
        Field(k => k.Provider);
        Field(k => k.KeyId);
        Field(k => k.Version);
        Field<NonNullGraphType<DateTimeScalar>>("createdAt").Resolve(c => c.Source.CreatedAt);
        Field(k => k.Destroyed);
        Field<KeyRotationGraphType>("rotation").Resolve(c => c.Source.Rotation);
    }
}

public sealed class KeyRotationGraphType : ObjectGraphType<KeyRotationDto>
{
    public KeyRotationGraphType()
    {
        Name = "KeyRotation";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(r => r.Status).Description("QUEUED, RUNNING, SUCCEEDED or FAILED.");
        Field(r => r.FromVersion);
        Field(r => r.ToVersion);
        Field<NonNullGraphType<IntGraphType>>("total").Resolve(c => (int)c.Source.Total);
        Field<NonNullGraphType<IntGraphType>>("done").Resolve(c => (int)c.Source.Done);
        Field<NonNullGraphType<DateTimeScalar>>("startedAt").Resolve(c => c.Source.StartedAt);
        Field<DateTimeScalar>("finishedAt").Resolve(c => c.Source.FinishedAt);
        Field(r => r.Error, nullable: true);
    }
}

public sealed class FileGraphType : ObjectGraphType<FileDto>
{
    public FileGraphType()
    {
        Name = "File";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id.Value);
        Field(f => f.Name);
        Field(f => f.ContentType);
        Field<NonNullGraphType<LongGraphType>>("size").Resolve(c => c.Source.Size);
        Field<NonNullGraphType<DateTimeScalar>>("uploadedAt").Resolve(c => c.Source.UploadedAt);
    }
}

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

/// <summary>Project.connections, added to the access module's Project type.</summary>
public sealed class ProjectConnectionsField : IObjectTypeExtension<Access.ProjectGraphType>
{
    public void Extend(Access.ProjectGraphType project) =>
        project.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConnectionGraphType>>>>("connections")
            .Description("The connections attached to the project. VIEW and above.")
            .ResolveAsync(async c => await c.SendAsync(
                new Application.Vault.Connections.ListProjectConnections.ListProjectConnectionsQuery(c.Source.Id)));
}
