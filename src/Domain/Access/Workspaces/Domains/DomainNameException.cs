using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Workspaces.Domains;

public sealed class DomainNameException(string value)
    : DomainException($"'{(value.Length > 60 ? value[..60] : value)}' is not a domain such as example.com.", DomainErrorKind.Invalid);
