namespace Deepnote.Domain.SharedKernel;

public readonly record struct UserId(Guid Value) : IStronglyTypedId
{
    public static UserId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}

public readonly record struct WorkspaceId(Guid Value) : IStronglyTypedId
{
    public static WorkspaceId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}

/// <summary>The chains of the audit log: one per workspace, plus the platform chain for facts that belong to no
/// workspace (a user registering or signing in).</summary>
public static class AuditChains
{
    public static readonly Guid Platform = Guid.Empty;
}

public readonly record struct ConnectionId(Guid Value) : IStronglyTypedId
{
    public static ConnectionId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}

public readonly record struct FileId(Guid Value) : IStronglyTypedId
{
    public static FileId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}

public readonly record struct ApiTokenId(Guid Value) : IStronglyTypedId
{
    public static ApiTokenId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}

public readonly record struct ProjectId(Guid Value) : IStronglyTypedId
{
    public static ProjectId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}

public readonly record struct BlockId(Guid Value) : IStronglyTypedId
{
    public static BlockId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}

public readonly record struct ExecutionId(Guid Value) : IStronglyTypedId
{
    public static ExecutionId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
