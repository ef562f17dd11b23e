using Deepnote.Domain.Identity.Users.Events;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Identity.Users;

/// <summary>A person. The password hash is not part of the aggregate or its events: it lives in the identity
/// module's credential store, so the immutable log never holds a secret.</summary>
public sealed class User : AggregateRoot<UserId>
{
    /// <summary>The account's address in the directory (null for accounts registered before addresses left the log,
    /// whose event holds the address itself).</summary>
    public AddressId? Address { get; private set; }

    public bool IsActivated { get; private set; }

    public override Guid ChainId => AuditChains.Platform;

    public static User Register(AddressId address, bool activated, DateTimeOffset now)
    {
        var user = new User();
        user.Raise(new UserRegistered(UserId.New(), null, activated, now, address));
        return user;
    }

    public void Activate(DateTimeOffset now)
    {
        if (IsActivated) throw new UserAlreadyActivatedException(Id);
        Raise(new UserActivated(Id, now));
    }

    public void RecordPasswordChange(DateTimeOffset now) => Raise(new PasswordChanged(Id, now));

    public void RecordSignUp(DateTimeOffset now) => Raise(new SignedUp(Id, now));

    public void RecordPasswordReset(DateTimeOffset now) => Raise(new PasswordResetCompleted(Id, now));

    public void LinkSso(WorkspaceId workspace, string issuer, string subject, DateTimeOffset now) =>
        Raise(new SsoLinked(Id, workspace, issuer, subject, now));

    protected override void When(IDomainEvent domainEvent)
    {
        switch (domainEvent)
        {
            case UserRegistered e: Apply(e); break;
            case UserActivated e: Apply(e); break;
            case UserSignedIn: break; // recorded in a stream per person and day since; kept for older streams
            case PasswordChanged: break;
            case SignedUp: break;
            case PasswordResetCompleted: break;
            case SsoLinked: break;
            default: throw new InvalidOperationException($"{nameof(User)} cannot apply {domainEvent.GetType().Name}.");
        }
    }

    private void Apply(UserRegistered e) => (Id, Address, IsActivated) = (e.UserId, e.AddressId, e.Activated);

    private void Apply(UserActivated e) => IsActivated = true;
}
