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
    public ConnectionGraphType()
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
        Field<NonNullGraphType<Execution.GuardrailsGraphType>>("guardrails").Resolve(c => c.Source.Guardrails);
        Field<NonNullGraphType<Execution.CachePolicyGraphType>>("cachePolicy")
            .ResolveAsync(async c => await c.SendAsync(
                new Application.Caching.GetCachePolicy.GetConnectionCachePolicyQuery(c.Source.Id)));
        Field<NonNullGraphType<ConnectionGraphType<ConnectionGrantGraphType, ConnectionGrantDto>>>("grants")
            .Description("Who may use this connection. ADMIN only.")
            .Paged()
            .ResolveAsync(async c => await c.SendAsync(new ListConnectionGrantsQuery(c.Source.Id,
                c.GetArgument<int?>("first"), c.GetArgument<string?>("after"))));
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
