namespace Deepnote.Domain.SharedKernel;

public enum DomainErrorKind
{
    Conflict,
    NotFound,
    Invalid,
}
