using Deepnote.Domain.Access.Workspaces.Events;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Workspaces;

/// <summary>The tenant: a name and its members with their roles. At least one ADMIN at all times.</summary>
public sealed class Workspace : AggregateRoot<WorkspaceId>
{
    public const int MaxNameLength = 100;

    private readonly Dictionary<UserId, WorkspaceRole> _members = [];
    private readonly HashSet<(ConnectionId Connection, UserId User)> _grants = [];

    public string Name { get; private set; } = "";

    public IReadOnlyDictionary<UserId, WorkspaceRole> Members => _members;

    public bool HasGrant(ConnectionId connection, UserId user) => _grants.Contains((connection, user));

    public override Guid ChainId => Id.Value;

    public static Workspace Create(string name, UserId creator, DateTimeOffset now)
    {
        var workspace = new Workspace();
        workspace.Raise(new WorkspaceCreated(WorkspaceId.New(), name.Trim(), creator, now));
        return workspace;
    }

    public void Invite(UserId user, WorkspaceRole role, UserId invitedBy, DateTimeOffset now)
    {
        if (_members.ContainsKey(user)) throw new AlreadyMemberException(user);
        Raise(new MemberInvited(Id, user, role, invitedBy, now));
    }

    /// <summary>Returns false when the member already has the role (nothing is recorded).</summary>
    public bool ChangeRole(UserId user, WorkspaceRole role, UserId changedBy, DateTimeOffset now)
    {
        var current = RoleOf(user);
        if (current == role) return false;
        if (current == WorkspaceRole.Admin && AdminCount == 1) throw new LastAdminException(Id);
        Raise(new MemberRoleChanged(Id, user, current, role, changedBy, now));
        return true;
    }

    public void Remove(UserId user, UserId removedBy, DateTimeOffset now)
    {
        if (RoleOf(user) == WorkspaceRole.Admin && AdminCount == 1) throw new LastAdminException(Id);
        Raise(new MemberRemoved(Id, user, removedBy, now));
    }

    public const int DefaultMaxTokenLifetimeDays = 90;

    public void ChangeSettings(int maxTokenLifetimeDays, DateTimeOffset now) =>
        Raise(new WorkspaceSettingsChanged(Id, maxTokenLifetimeDays, now));

    /// <summary>Query defaults (timeout, rows) and the longest result-cache TTL; null keeps the host's value.</summary>
    public void ChangeQuerySettings(int? defaultTimeoutSeconds, int? defaultMaxRows, int? maxCacheTtlSeconds,
        DateTimeOffset now) =>
        Raise(new WorkspaceQuerySettingsChanged(Id, defaultTimeoutSeconds, defaultMaxRows, maxCacheTtlSeconds, now));

    /// <summary>Sets (or replaces) the workspace's single sign-on provider.</summary>
    public void ConfigureSso(string issuer, string clientId, Guid? clientSecretId, IReadOnlyList<string> allowedDomains,
        WorkspaceRole defaultRole, bool enforceSso, DateTimeOffset now) =>
        Raise(new WorkspaceSsoConfigured(Id, issuer, clientId, clientSecretId, allowedDomains, defaultRole, enforceSso, now));

    /// <summary>A person signing in through the workspace's provider joins with its default role (once).</summary>
    public bool JoinThroughSso(UserId user, WorkspaceRole role, DateTimeOffset now)
    {
        if (_members.ContainsKey(user)) return false;
        Raise(new MemberInvited(Id, user, role, user, now));
        return true;
    }

    /// <summary>Lets a member use a connection. Returns false when they already may.</summary>
    public bool GrantConnectionAccess(ConnectionId connection, UserId user, UserId grantedBy, DateTimeOffset now)
    {
        RoleOf(user);
        if (_grants.Contains((connection, user))) return false;
        Raise(new ConnectionAccessGranted(Id, connection, user, grantedBy, now));
        return true;
    }

    /// <summary>Returns false when the member held no grant.</summary>
    public bool RevokeConnectionAccess(ConnectionId connection, UserId user, UserId revokedBy, DateTimeOffset now)
    {
        if (!_grants.Contains((connection, user))) return false;
        Raise(new ConnectionAccessRevoked(Id, connection, user, revokedBy, now));
        return true;
    }

    private WorkspaceRole RoleOf(UserId user) =>
        _members.TryGetValue(user, out var role) ? role : throw new NotAMemberException(user);

    private int AdminCount => _members.Values.Count(r => r == WorkspaceRole.Admin);

    protected override void When(IDomainEvent domainEvent)
    {
        switch (domainEvent)
        {
            case WorkspaceCreated e: Apply(e); break;
            case MemberInvited e: Apply(e); break;
            case MemberRoleChanged e: Apply(e); break;
            case MemberRemoved e: Apply(e); break;
            case WorkspaceSsoConfigured: break;
            case WorkspaceSettingsChanged: break;
            case WorkspaceQuerySettingsChanged: break;
            case ConnectionAccessGranted e: _grants.Add((e.ConnectionId, e.UserId)); break;
            case ConnectionAccessRevoked e: _grants.Remove((e.ConnectionId, e.UserId)); break;
            default: throw new InvalidOperationException($"{nameof(Workspace)} cannot apply {domainEvent.GetType().Name}.");
        }
    }

    private void Apply(WorkspaceCreated e)
    {
        (Id, Name) = (e.WorkspaceId, e.Name);
        _members[e.CreatedBy] = WorkspaceRole.Admin;
    }

    private void Apply(MemberInvited e) => _members[e.UserId] = e.Role;

    private void Apply(MemberRoleChanged e) => _members[e.UserId] = e.Role;

    /// <summary>Removing a member ends their grants too.</summary>
    private void Apply(MemberRemoved e)
    {
        _members.Remove(e.UserId);
        _grants.RemoveWhere(g => g.User == e.UserId);
    }
}
