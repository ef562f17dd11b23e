using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Caching;

public sealed class CachePolicyException(string message) : DomainException(message, DomainErrorKind.Invalid);
