using Deepnote.Domain.Identity.Users.Events;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Identity.Users;

/// <summary>A person. The password hash is not part of the aggregate or its events: it lives in the identity
/// module's credential store, so the immutable log never holds a secret.</summary>
public sealed class User : AggregateRoot<UserId>
{
    public string Email { get; private set; } = "";

    public bool IsActivated { get; private set; }

    public override Guid ChainId => AuditChains.Platform;

    public static User Register(string email, bool activated, DateTimeOffset now)
    {
        var user = new User();
        user.Raise(new UserRegistered(UserId.New(), EmailAddress.Normalize(email), activated, now));
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

    private void Apply(UserRegistered e) => (Id, Email, IsActivated) = (e.UserId, e.Email, e.Activated);

    private void Apply(UserActivated e) => IsActivated = true;
}
