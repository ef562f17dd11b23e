using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Vault.Connections;

public sealed class ConnectionDeletedException(ConnectionId id)
    : DomainException("This connection has been deleted.", DomainErrorKind.NotFound)
{
    /// <summary>For the log; the message names no id.</summary>
    public ConnectionId ConnectionId { get; } = id;
}
