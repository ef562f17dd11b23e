using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Identity.Users;

public sealed class SsoOnlyAddressException()
    : DomainException("This address signs in with single sign-on: use \"Sign in with SSO\" with it.", DomainErrorKind.Conflict);
