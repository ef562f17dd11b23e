using Deepnote.Application.Access.Contracts;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Access.Ports;

/// <summary>Invitations as people see them (expired ones show as EXPIRED).</summary>
public interface IInvitationReader
{
    Task<InvitationDto?> GetAsync(Guid invitation, CancellationToken ct);

    /// <summary>Pending, unexpired invitations addressed to this (normalized) e-mail address, newest first.</summary>
    Task<IReadOnlyList<InvitationDto>> ListPendingForEmailAsync(string email, CancellationToken ct);

    Task<IReadOnlyList<InvitationDto>> ListPendingForWorkspaceAsync(WorkspaceId workspace, CancellationToken ct);
}
