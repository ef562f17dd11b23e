using Deepnote.Application.Common;
using Deepnote.Application.Vault.Contracts;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Vault.Ports;

/// <summary>The vault's read models (inline projections of its events).</summary>
public interface IVaultReader
{
    Task<ConnectionDto?> GetConnectionAsync(ConnectionId connection, UserId viewer, CancellationToken ct);

    /// <summary>All connections of the workspace, or only those granted to <paramref name="grantedTo"/>.</summary>
    Task<Page<ConnectionDto>> ListConnectionsAsync(WorkspaceId workspace, UserId viewer, UserId? grantedTo, int size,
        long offset, CancellationToken ct);

    /// <summary>The live connections attached to a project.</summary>
    Task<IReadOnlyList<ConnectionDto>> ListForProjectAsync(ProjectId project, UserId viewer, CancellationToken ct);

    /// <summary>What running a query on a live connection needs to know (no secret), or null.</summary>
    Task<ConnectionProfile?> GetProfileAsync(ConnectionId connection, CancellationToken ct);

    Task<WorkspaceKeyDto?> GetWorkspaceKeyAsync(WorkspaceId workspace, CancellationToken ct);

    /// <summary>Whether the workspace's key was destroyed (one row read: asked on every read of a result).</summary>
    Task<bool> IsWorkspaceKeyDestroyedAsync(WorkspaceId workspace, CancellationToken ct);

    /// <summary>A member's own credentials on a per-person connection, or null.</summary>
    Task<PersonalCredentialDto?> GetPersonalCredentialAsync(ConnectionId connection, UserId user, CancellationToken ct);

    /// <summary>The connections of a workspace on which the person set credentials of their own.</summary>
    /// <summary>The workspace's DuckDB connections that read an uploaded file of this name: <c>:files:</c> ones and
    /// <c>upload:&lt;name&gt;</c>.</summary>
    Task<IReadOnlyList<ConnectionId>> ListFileReadersAsync(WorkspaceId workspace, string fileName, CancellationToken ct);

    Task<IReadOnlyList<ConnectionId>> ListPersonalCredentialsAsync(WorkspaceId workspace, UserId user, CancellationToken ct);
}
