using Deepnote.Domain.Access.Workspaces.Domains;
using Deepnote.Domain.Access.Workspaces.Events;
using Deepnote.Domain.Access.Workspaces.Invitations;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Workspaces;

/// <summary>The tenant: a name, its members with their roles (at least one ADMIN at all times), the invitations
/// awaiting an answer and the e-mail domains it claimed or proved it owns.</summary>
public sealed class Workspace : AggregateRoot<WorkspaceId>
{
    public const int MaxNameLength = 100;

    private readonly Dictionary<UserId, WorkspaceRole> _members = [];
    private readonly HashSet<(ConnectionId Connection, UserId User)> _grants = [];
    private readonly Dictionary<Guid, PendingInvitation> _invitations = [];
    private readonly Dictionary<string, ClaimedDomain> _domains = [];

    public string Name { get; private set; } = "";

    public IReadOnlyDictionary<UserId, WorkspaceRole> Members => _members;

    public IReadOnlyCollection<PendingInvitation> PendingInvitations => _invitations.Values;

    public IReadOnlyCollection<ClaimedDomain> Domains => _domains.Values;

    public bool HasGrant(ConnectionId connection, UserId user) => _grants.Contains((connection, user));

    public override Guid ChainId => Id.Value;

    public static Workspace Create(string name, UserId creator, DateTimeOffset now)
    {
        var workspace = new Workspace();
        workspace.Raise(new WorkspaceCreated(WorkspaceId.New(), name.Trim(), creator, now));
        return workspace;
    }

    public static readonly TimeSpan InvitationLifetime = TimeSpan.FromDays(7);

    /// <summary>Invites an address (its id in the directory) to join with <paramref name="role"/>. Nobody joins until
    /// the person answers. <paramref name="existingMember"/> is the address's account when it is already a member here.</summary>
    public PendingInvitation InviteMember(AddressId address, WorkspaceRole role, UserId? existingMember, UserId invitedBy,
        DateTimeOffset now)
    {
        if (existingMember is { } member && _members.ContainsKey(member)) throw new AlreadyMemberException(member);
        return Issue(address, role, null, null, invitedBy, now);
    }

    /// <summary>Invites an address to one project as a guest (the project's own rules were checked by the caller).</summary>
    public PendingInvitation InviteGuest(AddressId address, ProjectId project, ProjectAccess access, UserId invitedBy,
        DateTimeOffset now) => Issue(address, null, project, access, invitedBy, now);

    private PendingInvitation Issue(AddressId address, WorkspaceRole? role, ProjectId? project, ProjectAccess? access,
        UserId invitedBy, DateTimeOffset now)
    {
        var issued = new InvitationIssued(Id, Guid.NewGuid(), null, role, project, access, invitedBy,
            now + InvitationLifetime, now, address);
        Raise(issued);
        return _invitations[issued.InvitationId];
    }

    /// <summary>The invited person says yes: <paramref name="address"/> (the directory's id of <paramref name="email"/>)
    /// must be the invited address (the caller proved it: a signed-in account or a mailed link). A member invitation
    /// makes them a member; the returned invitation tells a guest invitation's caller which project to open for them.</summary>
    public PendingInvitation Accept(Guid invitationId, UserId user, AddressId? address, string email, DateTimeOffset now)
    {
        var invitation = Answerable(invitationId, address, email, now);
        Raise(new InvitationAccepted(Id, invitationId, user, now));
        if (invitation.Role is { } role && !_members.ContainsKey(user))
        {
            Raise(new MemberInvited(Id, user, role, invitation.InvitedBy, now));
        }

        return invitation;
    }

    public void Decline(Guid invitationId, UserId user, AddressId? address, string email, DateTimeOffset now)
    {
        Answerable(invitationId, address, email, now);
        Raise(new InvitationDeclined(Id, invitationId, user, now));
    }

    public void RevokeInvitation(Guid invitationId, UserId revokedBy, DateTimeOffset now)
    {
        if (!_invitations.ContainsKey(invitationId)) throw new InvitationNotFoundException();
        Raise(new InvitationRevoked(Id, invitationId, revokedBy, now));
    }

    // A member invitation stands only while its inviter is still an ADMIN here (a removed or demoted ADMIN's
    // pending invitations lapse with their authority).
    private PendingInvitation Answerable(Guid invitationId, AddressId? address, string email, DateTimeOffset now) =>
        _invitations.TryGetValue(invitationId, out var invitation) && invitation.ExpiresAt > now
            && invitation.IsFor(address, email)
            && (invitation.IsGuest || _members.GetValueOrDefault(invitation.InvitedBy) == WorkspaceRole.Admin)
            ? invitation
            : throw new InvitationNotFoundException();

    /// <summary>Claims an e-mail domain; the returned claim names the DNS record that proves it. Claiming again
    /// returns the existing claim (and its token).</summary>
    public ClaimedDomain ClaimDomain(string domain, UserId claimedBy, DateTimeOffset now)
    {
        var name = DomainName.Normalize(domain);
        if (_domains.TryGetValue(name, out var claimed)) return claimed;
        Raise(new DomainClaimed(Id, name, Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)),
            claimedBy, now));
        return _domains[name];
    }

    public ClaimedDomain DomainClaim(string domain) =>
        _domains.TryGetValue(DomainName.Normalize(domain), out var claimed) ? claimed : throw new DomainNotClaimedException(domain);

    /// <summary>Records proof of ownership (that no other workspace owns it is the caller's check, and the read
    /// model's unique index). Returns false when it was verified already.</summary>
    public bool VerifyDomain(string domain, string method, UserId? verifiedBy, DateTimeOffset now)
    {
        var name = DomainName.Normalize(domain);
        if (_domains.TryGetValue(name, out var claimed) && claimed.Verified) return false;
        if (claimed is null && method == DomainVerificationMethods.Dns) throw new DomainNotClaimedException(name);
        Raise(new DomainVerified(Id, name, method, verifiedBy, now));
        return true;
    }

    public void ReleaseDomain(string domain, UserId releasedBy, DateTimeOffset now)
    {
        var claimed = DomainClaim(domain);
        Raise(new DomainReleased(Id, claimed.Domain, releasedBy, now));
    }

    /// <summary>Returns false when the member already has the role (nothing is recorded).</summary>
    public bool ChangeRole(UserId user, WorkspaceRole role, UserId changedBy, DateTimeOffset now)
    {
        var current = RoleOf(user);
        if (current == role) return false;
        if (current == WorkspaceRole.Admin && AdminCount == 1) throw new LastAdminException(Id);
        Raise(new MemberRoleChanged(Id, user, current, role, changedBy, now));
        if (current == WorkspaceRole.Admin) RevokeInvitationsBy(user, changedBy, now);
        return true;
    }

    public void Remove(UserId user, UserId removedBy, DateTimeOffset now)
    {
        if (RoleOf(user) == WorkspaceRole.Admin && AdminCount == 1) throw new LastAdminException(Id);
        Raise(new MemberRemoved(Id, user, removedBy, now));
        RevokeInvitationsBy(user, removedBy, now);
    }

    /// <summary>An ADMIN who loses the role takes their pending member invitations with them.</summary>
    private void RevokeInvitationsBy(UserId inviter, UserId by, DateTimeOffset now)
    {
        foreach (var invitation in _invitations.Values.Where(i => i.InvitedBy == inviter && !i.IsGuest).ToList())
        {
            Raise(new InvitationRevoked(Id, invitation.Id, by, now));
        }
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
            case InvitationIssued e: Apply(e); break;
            case InvitationAccepted e: _invitations.Remove(e.InvitationId); break;
            case InvitationDeclined e: _invitations.Remove(e.InvitationId); break;
            case InvitationRevoked e: _invitations.Remove(e.InvitationId); break;
            case DomainClaimed e: _domains[e.Domain] = new ClaimedDomain(e.Domain, e.VerificationToken, Verified: false); break;
            case DomainVerified e: Apply(e); break;
            case DomainReleased e: _domains.Remove(e.Domain); break;
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

    private void Apply(InvitationIssued e)
    {
        var issued = new PendingInvitation(e.InvitationId, e.AddressId, e.Email, e.Role, e.ProjectId, e.Access,
            e.InvitedBy, e.ExpiresAt);
        foreach (var superseded in _invitations.Values
                     .Where(i => (i.IsForSameAddressAs(issued) && i.ProjectId == e.ProjectId) || i.ExpiresAt <= e.OccurredAt)
                     .Select(i => i.Id).ToList())
        {
            _invitations.Remove(superseded);
        }

        _invitations[e.InvitationId] = issued;
    }

    private void Apply(DomainVerified e) => _domains[e.Domain] = _domains.TryGetValue(e.Domain, out var claimed)
        ? claimed with { Verified = true }
        : new ClaimedDomain(e.Domain, "", Verified: true);

    private void Apply(MemberRoleChanged e) => _members[e.UserId] = e.Role;

    /// <summary>Removing a member ends their grants too.</summary>
    private void Apply(MemberRemoved e)
    {
        _members.Remove(e.UserId);
        _grants.RemoveWhere(g => g.User == e.UserId);
    }
}
