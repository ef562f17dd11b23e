using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Vault.Connections;

public sealed class ConnectionDeletedException(ConnectionId id)
    : DomainException($"Connection {id} has been deleted.", DomainErrorKind.NotFound);
