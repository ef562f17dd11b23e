using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Projects;

public sealed class ConnectionNotAttachedException(ConnectionId id)
    : DomainException($"Connection {id} is not attached to this project; attach it first.", DomainErrorKind.Invalid);
