using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Connections.Events;

namespace Deepnote.Domain.Vault.Connections;

/// <summary>A data connection of a workspace: where it points and a reference to its sealed password.</summary>
public sealed class Connection : AggregateRoot<ConnectionId>
{
    public const int MaxNameLength = 100;

    public WorkspaceId WorkspaceId { get; private set; }

    public string Name { get; private set; } = "";

    public ConnectionSettings Settings { get; private set; } = null!;

    public SealedCredential? Password { get; private set; }

    public ConnectionGuardrails Guardrails { get; private set; } = ConnectionGuardrails.Default;

    /// <summary>Changes with every new password, so anything derived from the old one (cached results) is unreachable.</summary>
    public Guid CredentialVersion => Password?.SecretId ?? Guid.Empty;

    private bool _deleted;

    public override bool IsDeleted => _deleted;

    public override Guid ChainId => WorkspaceId.Value;

    public static Connection Create(ConnectionId id, WorkspaceId workspace, string name, ConnectionSettings settings,
        SealedCredential? password, UserId createdBy, DateTimeOffset now)
    {
        var connection = new Connection();
        connection.Raise(new ConnectionCreated(id, workspace, name.Trim(), settings, password, createdBy, now));
        return connection;
    }

    public void Rename(string name, DateTimeOffset now)
    {
        EnsureNotDeleted();
        Raise(new ConnectionRenamed(Id, WorkspaceId, name.Trim(), now));
    }

    /// <summary>New credentials; a null or empty <paramref name="username"/> keeps the current one (changing only the
    /// password must not make the next run log in as the server's default user). A new password supersedes the old
    /// one, which is destroyed: answers its secret id, for the vault to delete.</summary>
    public Guid? UpdateCredentials(string? username, SealedCredential? password, DateTimeOffset now)
    {
        EnsureNotDeleted();
        var superseded = password is null ? null : Password?.SecretId;
        Raise(new ConnectionCredentialsUpdated(Id, WorkspaceId, string.IsNullOrEmpty(username) ? Settings.Username : username,
            password, now, superseded));
        return superseded;
    }

    /// <summary>Points the connection at another host, port, database or TLS mode; the engine, account and credential
    /// model stay. A shared password is never carried to another server or database (whoever runs it could be
    /// someone else): such a move needs <paramref name="password"/>, and the old one is destroyed. Answers whether
    /// anything changed and the superseded secret id.</summary>
    public (bool Moved, Guid? Superseded) Move(string? host, int? port, string? database, SslMode? sslMode,
        SealedCredential? password, DateTimeOffset now)
    {
        EnsureNotDeleted();
        var elsewhere = host != Settings.Host || port != Settings.Port || database != Settings.Database;
        if (!elsewhere && sslMode == Settings.SslMode && password is null) return (false, null);
        if (elsewhere && Password is not null && password is null) throw new PasswordMustBeReenteredException();
        var superseded = password is null ? null : Password?.SecretId;
        Raise(new ConnectionMoved(Id, WorkspaceId, host, port, database, sslMode, password, now, superseded));
        return (true, superseded);
    }

    public bool SetGuardrails(ConnectionGuardrails guardrails, DateTimeOffset now)
    {
        EnsureNotDeleted();
        if (guardrails == Guardrails) return false;
        Raise(new ConnectionGuardrailsChanged(Id, WorkspaceId, guardrails, now));
        return true;
    }

    public void Delete(DateTimeOffset now)
    {
        EnsureNotDeleted();
        Raise(new ConnectionDeleted(Id, WorkspaceId, now));
    }

    private void EnsureNotDeleted()
    {
        if (IsDeleted) throw new ConnectionDeletedException(Id);
    }

    protected override void When(IDomainEvent domainEvent)
    {
        switch (domainEvent)
        {
            case ConnectionCreated e: Apply(e); break;
            case ConnectionRenamed e: Name = e.Name; break;
            case ConnectionCredentialsUpdated e: Apply(e); break;
            case ConnectionMoved e: Apply(e); break;
            case ConnectionGuardrailsChanged e: Guardrails = e.Guardrails; break;
            case ConnectionDeleted: _deleted = true; break;
            case SecretUnwrapped: break; // streams written before unwraps moved to their own stream
            default: throw new InvalidOperationException($"{nameof(Connection)} cannot apply {domainEvent.GetType().Name}.");
        }
    }

    private void Apply(ConnectionCreated e) =>
        (Id, WorkspaceId, Name, Settings, Password) = (e.ConnectionId, e.WorkspaceId, e.Name, e.Settings, e.Password);

    private void Apply(ConnectionMoved e)
    {
        Settings = Settings with { Host = e.Host, Port = e.Port, Database = e.Database, SslMode = e.SslMode };
        if (e.Password is not null) Password = e.Password;
    }

    private void Apply(ConnectionCredentialsUpdated e)
    {
        Settings = Settings with { Username = e.Username };
        if (e.Password is not null) Password = e.Password;
    }
}
