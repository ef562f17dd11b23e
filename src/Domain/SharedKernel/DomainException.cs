namespace Deepnote.Domain.SharedKernel;

/// <summary>A broken business rule. The Api maps the kind to a GraphQL error code.</summary>
public abstract class DomainException(string message, DomainErrorKind kind) : Exception(message)
{
    public DomainErrorKind Kind { get; } = kind;
}
