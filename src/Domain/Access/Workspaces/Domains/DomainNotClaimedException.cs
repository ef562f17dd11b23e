using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Workspaces.Domains;

public sealed class DomainNotClaimedException(string domain)
    : DomainException($"This workspace has not claimed {domain}.", DomainErrorKind.NotFound);
