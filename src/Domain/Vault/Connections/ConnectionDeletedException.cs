using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Connections.Events;

namespace Deepnote.Domain.Vault.Connections;

public sealed class ConnectionDeletedException(ConnectionId id)
    : DomainException($"Connection {id} has been deleted.", DomainErrorKind.NotFound);
