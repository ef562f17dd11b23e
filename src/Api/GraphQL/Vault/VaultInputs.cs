using Deepnote.Domain.Vault.Connections;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Vault;

public sealed class CreateConnectionInput
{
    public string WorkspaceId { get; set; } = "";

    public string Name { get; set; } = "";

    public ConnectionEngine Engine { get; set; }

    public string? Host { get; set; }

    public int? Port { get; set; }

    public string? Database { get; set; }

    public string? Username { get; set; }

    public string? Password { get; set; }

    public SslMode? SslMode { get; set; }

    public override string ToString() => nameof(CreateConnectionInput);
}

public sealed class CreateConnectionInputGraphType : InputObjectGraphType<CreateConnectionInput>
{
    public CreateConnectionInputGraphType()
    {
        Name = "CreateConnectionInput";
        Field<NonNullGraphType<IdGraphType>>("workspaceId");
        Field(i => i.Name);
        Field<NonNullGraphType<ConnectionEngineGraphType>>("engine");
        Field(i => i.Host, nullable: true);
        Field(i => i.Port, nullable: true);
        Field(i => i.Database, nullable: true);
        Field(i => i.Username, nullable: true);
        Field(i => i.Password, nullable: true).Description("Write-only: stored sealed, never returned.");
        Field<SslModeGraphType>("sslMode");
    }
}

public sealed class UpdateCredentialsInput
{
    public string ConnectionId { get; set; } = "";

    public string? Username { get; set; }

    public string? Password { get; set; }

    public override string ToString() => nameof(UpdateCredentialsInput);
}

public sealed class UpdateCredentialsInputGraphType : InputObjectGraphType<UpdateCredentialsInput>
{
    public UpdateCredentialsInputGraphType()
    {
        Name = "UpdateCredentialsInput";
        Field<NonNullGraphType<IdGraphType>>("connectionId");
        Field(i => i.Username, nullable: true);
        Field(i => i.Password, nullable: true).Description("Write-only; null keeps the current password.");
    }
}

public sealed class RenameConnectionInput
{
    public string ConnectionId { get; set; } = "";

    public string Name { get; set; } = "";
}

public sealed class RenameConnectionInputGraphType : InputObjectGraphType<RenameConnectionInput>
{
    public RenameConnectionInputGraphType()
    {
        Name = "RenameConnectionInput";
        Field<NonNullGraphType<IdGraphType>>("connectionId");
        Field(i => i.Name);
    }
}

public sealed class ConnectionGrantInput
{
    public string ConnectionId { get; set; } = "";

    public string UserId { get; set; } = "";
}

public sealed class ConnectionGrantInputGraphType : InputObjectGraphType<ConnectionGrantInput>
{
    public ConnectionGrantInputGraphType()
    {
        Name = "ConnectionGrantInput";
        Field<NonNullGraphType<IdGraphType>>("connectionId");
        Field<NonNullGraphType<IdGraphType>>("userId");
    }
}

public sealed class RotateWorkspaceKeyInput
{
    public string WorkspaceId { get; set; } = "";

    public string? KeyId { get; set; }
}

public sealed class RotateWorkspaceKeyInputGraphType : InputObjectGraphType<RotateWorkspaceKeyInput>
{
    public RotateWorkspaceKeyInputGraphType()
    {
        Name = "RotateWorkspaceKeyInput";
        Field<NonNullGraphType<IdGraphType>>("workspaceId");
        Field(i => i.KeyId, nullable: true).Description("Bring your own provider key; empty keeps the current one.");
    }
}
