using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Workspaces;

public sealed class LastAdminException(WorkspaceId workspace)
    : DomainException("A workspace must keep at least one ADMIN.", DomainErrorKind.Conflict)
{
    /// <summary>For the log; the message names no id.</summary>
    public WorkspaceId WorkspaceId { get; } = workspace;
}
