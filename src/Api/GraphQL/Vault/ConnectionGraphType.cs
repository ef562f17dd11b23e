using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Grants.ListConnectionGrants;
using Deepnote.Application.Vault.Contracts;
using Deepnote.Domain.Vault.Connections;
using global::GraphQL;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Vault;

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
        Field<BooleanGraphType>("allowMd5").Description("PostgreSQL: whether MD5 logins are allowed besides SCRAM-SHA-256.")
            .Resolve(c => c.Source.Settings.Engine == ConnectionEngine.Postgres ? c.Source.Settings.AllowMd5 : null);
        Field<NonNullGraphType<BooleanGraphType>>("perPersonCredentials")
            .Description("Each member signs in with their own database account (set with setMyConnectionCredentials); "
                + "otherwise one shared account serves every member, who can then see and cancel each other's statements "
                + "in the database.")
            .Resolve(c => c.Source.Settings.PerPerson);
        Field<PersonalCredentialsGraphType>("myCredentials")
            .Description("On a per-person connection, the viewer's own user name and when it was set (null: not set).")
            .Resolve(c => c.Source.MyCredentials);
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
