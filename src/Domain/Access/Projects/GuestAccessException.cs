using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Projects;

public sealed class GuestAccessException()
    : DomainException("A guest gets APP_USER, VIEW, EXECUTE or EDIT.", DomainErrorKind.Invalid);
