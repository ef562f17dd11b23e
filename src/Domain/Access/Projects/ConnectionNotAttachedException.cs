using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Projects;

public sealed class ConnectionNotAttachedException(ConnectionId id)
    : DomainException("This connection is not attached to this project; attach it first.", DomainErrorKind.Invalid)
{
    /// <summary>For the log; the message names no id.</summary>
    public ConnectionId ConnectionId { get; } = id;
}
