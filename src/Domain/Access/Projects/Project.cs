using Deepnote.Domain.Access.Projects.Events;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Projects;

/// <summary>A project of a workspace: its sharing (per-member levels and a workspace-wide default), the
/// connections attached to it and its ordered SQL blocks.</summary>
public sealed class Project : AggregateRoot<ProjectId>
{
    public const int MaxNameLength = 100;
    public const int MaxSqlLength = 100_000;

    private readonly Dictionary<UserId, ProjectAccess> _shares = [];
    private readonly HashSet<ConnectionId> _connections = [];
    private readonly List<SqlBlock> _blocks = [];

    public WorkspaceId WorkspaceId { get; private set; }

    public string Name { get; private set; } = "";

    public ProjectAccess DefaultAccess { get; private set; }

    private bool _deleted;

    public override bool IsDeleted => _deleted;

    /// <summary>Whether runs in this project may read and fill the result cache (where a connection's policy allows).</summary>
    public bool UseCache { get; private set; } = true;

    public IReadOnlyDictionary<UserId, ProjectAccess> Shares => _shares;

    public IReadOnlyCollection<ConnectionId> Connections => _connections;

    public IReadOnlyList<SqlBlock> Blocks => _blocks;

    public override Guid ChainId => WorkspaceId.Value;

    /// <summary>The creator gets FULL_ACCESS; other members get <paramref name="defaultAccess"/> (NONE: private).</summary>
    public static Project Create(WorkspaceId workspace, string name, ProjectAccess defaultAccess, UserId creator,
        DateTimeOffset now)
    {
        var project = new Project();
        project.Raise(new ProjectCreated(ProjectId.New(), workspace, name.Trim(), defaultAccess, creator, now));
        project.Raise(new ProjectShared(project.Id, workspace, creator, ProjectAccess.FullAccess, creator, now));
        return project;
    }

    public void Rename(string name, DateTimeOffset now)
    {
        EnsureLive();
        Raise(new ProjectRenamed(Id, WorkspaceId, name.Trim(), now));
    }

    public bool SetCacheUse(bool useCache, DateTimeOffset now)
    {
        EnsureLive();
        if (useCache == UseCache) return false;
        Raise(new ProjectCacheUseChanged(Id, WorkspaceId, useCache, now));
        return true;
    }

    public void Delete(DateTimeOffset now)
    {
        EnsureLive();
        Raise(new ProjectDeleted(Id, WorkspaceId, now));
    }

    /// <summary>Sets a member's level (NONE removes their share). Returns false when nothing changes.</summary>
    public bool Share(UserId user, ProjectAccess access, UserId by, DateTimeOffset now)
    {
        EnsureLive();
        if (_shares.TryGetValue(user, out var current) ? current == access : access == ProjectAccess.None) return false;
        Raise(new ProjectShared(Id, WorkspaceId, user, access, by, now));
        return true;
    }

    /// <summary>Gives a person without a workspace role access to this project only.</summary>
    public void AddGuest(UserId user, ProjectAccess access, UserId by, DateTimeOffset now)
    {
        EnsureLive();
        if (access is ProjectAccess.None or ProjectAccess.FullAccess) throw new GuestAccessException();
        Raise(new ProjectGuestAdded(Id, WorkspaceId, user, access, by, now));
    }

    public bool AttachConnection(ConnectionId connection, DateTimeOffset now)
    {
        EnsureLive();
        if (_connections.Contains(connection)) return false;
        Raise(new ProjectConnectionAttached(Id, WorkspaceId, connection, now));
        return true;
    }

    public bool DetachConnection(ConnectionId connection, DateTimeOffset now)
    {
        EnsureLive();
        if (!_connections.Contains(connection)) return false;
        if (_blocks.Any(b => b.ConnectionId == connection)) throw new ConnectionInUseException(connection);
        Raise(new ProjectConnectionDetached(Id, WorkspaceId, connection, now));
        return true;
    }

    public BlockId AddSqlBlock(ConnectionId connection, string sql, DateTimeOffset now)
    {
        EnsureLive();
        EnsureAttached(connection);
        var id = BlockId.New();
        Raise(new SqlBlockAdded(Id, WorkspaceId, id, connection, sql, _blocks.Count, now));
        return id;
    }

    public void UpdateSqlBlock(BlockId block, ConnectionId connection, string sql, DateTimeOffset now)
    {
        EnsureLive();
        BlockOf(block);
        EnsureAttached(connection);
        Raise(new SqlBlockUpdated(Id, WorkspaceId, block, connection, sql, now));
    }

    public void RemoveSqlBlock(BlockId block, DateTimeOffset now)
    {
        EnsureLive();
        BlockOf(block);
        Raise(new SqlBlockRemoved(Id, WorkspaceId, block, now));
    }

    private SqlBlock BlockOf(BlockId block) =>
        _blocks.FirstOrDefault(b => b.Id == block) ?? throw new BlockNotFoundException(block);

    private void EnsureAttached(ConnectionId connection)
    {
        if (!_connections.Contains(connection)) throw new ConnectionNotAttachedException(connection);
    }

    private void EnsureLive()
    {
        if (IsDeleted) throw new ProjectDeletedException(Id);
    }

    protected override void When(IDomainEvent domainEvent)
    {
        switch (domainEvent)
        {
            case ProjectCreated e: (Id, WorkspaceId, Name, DefaultAccess) = (e.ProjectId, e.WorkspaceId, e.Name, e.DefaultAccess); break;
            case ProjectRenamed e: Name = e.Name; break;
            case ProjectDeleted: _deleted = true; break;
            case ProjectCacheUseChanged e: UseCache = e.UseCache; break;
            case ProjectShared { Access: ProjectAccess.None } e: _shares.Remove(e.UserId); break;
            case ProjectShared e: _shares[e.UserId] = e.Access; break;
            case ProjectGuestAdded e: _shares[e.UserId] = e.Access; break;
            case ProjectConnectionAttached e: _connections.Add(e.ConnectionId); break;
            case ProjectConnectionDetached e: _connections.Remove(e.ConnectionId); break;
            case SqlBlockAdded e: _blocks.Add(new SqlBlock(e.BlockId, e.ConnectionId, e.Sql)); break;
            case SqlBlockUpdated e: _blocks[_blocks.FindIndex(b => b.Id == e.BlockId)] = new SqlBlock(e.BlockId, e.ConnectionId, e.Sql); break;
            case SqlBlockRemoved e: _blocks.RemoveAll(b => b.Id == e.BlockId); break;
            default: throw new InvalidOperationException($"{nameof(Project)} cannot apply {domainEvent.GetType().Name}.");
        }
    }
}
