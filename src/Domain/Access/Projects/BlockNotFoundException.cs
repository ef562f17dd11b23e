using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Projects;

public sealed class BlockNotFoundException(BlockId id)
    : DomainException($"Block {id} is not in this project.", DomainErrorKind.NotFound);
