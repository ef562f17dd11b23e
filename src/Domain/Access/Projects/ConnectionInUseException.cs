using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Projects;

public sealed class ConnectionInUseException(ConnectionId id)
    : DomainException("Blocks of this project use this connection; change or remove them first.", DomainErrorKind.Conflict)
{
    /// <summary>For the log; the message names no id.</summary>
    public ConnectionId ConnectionId { get; } = id;
}
