using Deepnote.Domain.Vault.Connections;

namespace Deepnote.Application.Abstractions;

/// <summary>Which connection (and which version of its credentials) a run is for; pools are keyed by both. The
/// workspace decides which workers may run it (never another tenant's).</summary>
/// <param name="Person">On a per-person connection, whose own account the run uses: pooled sessions are kept apart.</param>
public sealed record ConnectionTarget(Guid WorkspaceId, Guid ConnectionId, Guid CredentialVersion, ConnectionSettings Settings,
    Guid? Person = null);
