using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Projects;

public sealed class ConnectionInUseException(ConnectionId id)
    : DomainException($"Blocks of this project use connection {id}; change or remove them first.", DomainErrorKind.Conflict);
