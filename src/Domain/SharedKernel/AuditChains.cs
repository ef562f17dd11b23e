namespace Deepnote.Domain.SharedKernel;

/// <summary>The chains of the audit log: one per workspace, plus the platform chain for facts that belong to no
/// workspace (a user registering or signing in).</summary>
public static class AuditChains
{
    public static readonly Guid Platform = Guid.Empty;
}
