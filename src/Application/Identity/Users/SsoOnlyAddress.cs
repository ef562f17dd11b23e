using Deepnote.Application.Access.Contracts.IsSsoEnforced;
using Mediator;

namespace Deepnote.Application.Identity.Users;

/// <summary>An address whose domain's owner enforces single sign-on gets no password account, not even a first
/// session from a mailed link: it signs in through the provider.</summary>
internal static class SsoOnlyAddress
{
    public static async Task RefuseAsync(ISender sender, string email, CancellationToken ct)
    {
        if (await sender.Send(new IsSsoEnforcedQuery(email), ct)) throw new SsoOnlyAddressException();
    }
}
