using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Access.Domains;

public sealed class DomainOwnedElsewhereException(string domain)
    : DomainException($"Another workspace has verified {domain}. Ask it to release the domain first.", DomainErrorKind.Conflict);
