using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Projects;

public sealed class BlockNotFoundException(BlockId id)
    : DomainException("This block is not in this project (it may have been removed).", DomainErrorKind.NotFound)
{
    /// <summary>For the log; the message names no id.</summary>
    public BlockId BlockId { get; } = id;
}
