using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Keys.Events;

namespace Deepnote.Domain.Vault.Keys;

/// <summary>The versions of a workspace's key and its rotations. One per workspace, on a stream derived from it.</summary>
public sealed class WorkspaceKeyring : AggregateRoot<WorkspaceId>
{
    public int CurrentVersion { get; private set; }

    public string Provider { get; private set; } = "";

    public string KeyId { get; private set; } = "";

    public Guid? RunningRotation { get; private set; }

    public bool IsDestroyed { get; private set; }

    public override Guid ChainId => Id.Value;

    public override Guid StreamId => StreamFor(Id);

    public static Guid StreamFor(WorkspaceId workspace) => DerivedId.From(workspace.Value, "keyring");

    public static WorkspaceKeyring Create(WorkspaceId workspace, string provider, string keyId, DateTimeOffset now)
    {
        var keyring = new WorkspaceKeyring();
        keyring.Raise(new WorkspaceKeyCreated(workspace, 1, provider, keyId, now));
        return keyring;
    }

    /// <summary>Starts a rotation to a new version, under the same provider key or one the workspace brings.</summary>
    public int StartRotation(Guid rotationId, string provider, string keyId, DateTimeOffset now)
    {
        EnsureUsable();
        if (RunningRotation is not null) throw new RotationInProgressException(Id);
        var next = CurrentVersion + 1;
        Raise(new WorkspaceKeyRotationStarted(Id, rotationId, CurrentVersion, next, provider, keyId, now));
        return next;
    }

    public void CompleteRotation(Guid rotationId, int version, long rewrapped, DateTimeOffset now)
    {
        if (RunningRotation != rotationId) return;
        Raise(new WorkspaceKeyRotationCompleted(Id, rotationId, version, rewrapped, now));
    }

    public void FailRotation(Guid rotationId, string reason, DateTimeOffset now)
    {
        if (RunningRotation != rotationId) return;
        Raise(new WorkspaceKeyRotationFailed(Id, rotationId, reason, now));
    }

    public void Destroy(UserId by, DateTimeOffset now)
    {
        EnsureUsable();
        Raise(new WorkspaceKeyDestroyed(Id, by, now));
    }

    private void EnsureUsable()
    {
        if (IsDestroyed) throw new WorkspaceKeyDestroyedException(Id);
    }

    protected override void When(IDomainEvent domainEvent)
    {
        switch (domainEvent)
        {
            case WorkspaceKeyCreated e:
                (Id, CurrentVersion, Provider, KeyId) = (e.WorkspaceId, e.Version, e.Provider, e.KeyId);
                break;
            case WorkspaceKeyRotationStarted e:
                (RunningRotation, Provider, KeyId) = (e.RotationId, e.Provider, e.KeyId);
                CurrentVersion = e.ToVersion;
                break;
            case WorkspaceKeyRotationCompleted:
            case WorkspaceKeyRotationFailed:
                RunningRotation = null;
                break;
            case WorkspaceKeyDestroyed:
                (IsDestroyed, RunningRotation) = (true, null);
                break;
            default: throw new InvalidOperationException($"{nameof(WorkspaceKeyring)} cannot apply {domainEvent.GetType().Name}.");
        }
    }
}
