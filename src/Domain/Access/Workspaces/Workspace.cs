using Deepnote.Domain.Access.Workspaces.Events;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Workspaces;

/// <summary>The tenant: a name and its members with their roles. At least one ADMIN at all times.</summary>
public sealed class Workspace : AggregateRoot<WorkspaceId>
{
    public const int MaxNameLength = 100;

    private readonly Dictionary<UserId, WorkspaceRole> _members = [];

    public string Name { get; private set; } = "";

    public IReadOnlyDictionary<UserId, WorkspaceRole> Members => _members;

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

    private void Apply(MemberRemoved e) => _members.Remove(e.UserId);
}
