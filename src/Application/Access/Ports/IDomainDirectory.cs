using Deepnote.Application.Access.Contracts;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Access.Ports;

/// <summary>E-mail domains claimed and verified by workspaces.</summary>
public interface IDomainDirectory
{
    Task<IReadOnlyList<WorkspaceDomainDto>> ListAsync(WorkspaceId workspace, CancellationToken ct);

    Task<WorkspaceDomainDto?> GetAsync(WorkspaceId workspace, string domain, CancellationToken ct);

    /// <summary>The one workspace that verified the domain, if any.</summary>
    Task<WorkspaceId?> VerifiedOwnerAsync(string domain, CancellationToken ct);
}
