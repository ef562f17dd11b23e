using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Connections.Events;

namespace Deepnote.Domain.Vault.Connections;

/// <summary>One member's own database account on a per-person connection: the user name and a reference to the sealed
/// password. One stream per connection and person; a replaced or cleared password is destroyed, never kept.</summary>
public sealed class PersonalCredential : AggregateRoot<ConnectionId>
{
    public const int MaxUsernameLength = 63; // PostgreSQL's identifier limit

    public WorkspaceId WorkspaceId { get; private set; }

    public UserId UserId { get; private set; }

    public string? Username { get; private set; }

    public SealedCredential? Password { get; private set; }

    public override Guid StreamId => StreamFor(Id, UserId);

    public override Guid ChainId => WorkspaceId.Value;

    public static Guid StreamFor(ConnectionId connection, UserId user) =>
        DerivedId.From(connection.Value, "personal-credential:" + user.Value.ToString("N"));

    /// <summary>Sets the person's credentials; answers the superseded password's secret, for the vault to destroy.</summary>
    public Guid? Set(ConnectionId connection, WorkspaceId workspace, UserId user, string username, SealedCredential password,
        DateTimeOffset now)
    {
        var superseded = Password?.SecretId;
        Raise(new PersonalCredentialsSet(connection, workspace, user, username.Trim(), password, now, superseded));
        return superseded;
    }

    /// <summary>Removes them; answers the destroyed secret (null: there were none).</summary>
    public Guid? Clear(DateTimeOffset now)
    {
        if (Password is not { } password) return null;
        Raise(new PersonalCredentialsCleared(Id, WorkspaceId, UserId, now, password.SecretId));
        return password.SecretId;
    }

    protected override void When(IDomainEvent domainEvent)
    {
        switch (domainEvent)
        {
            case PersonalCredentialsSet e:
                (Id, WorkspaceId, UserId, Username, Password) = (e.ConnectionId, e.WorkspaceId, e.UserId, e.Username, e.Password);
                break;
            case PersonalCredentialsCleared:
                (Username, Password) = (null, null);
                break;
            default:
                throw new InvalidOperationException($"{nameof(PersonalCredential)} cannot apply {domainEvent.GetType().Name}.");
        }
    }
}
