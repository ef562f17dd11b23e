using Deepnote.Application.Common.Authorization;
using Mediator;

namespace Deepnote.Application.Identity.Contracts.ValidateSsoIssuer;

/// <summary>Reads an issuer's discovery document under the network policy; an issuer that cannot be used is a
/// validation error on <c>issuer</c> naming why (never the provider's own text).</summary>
public sealed record ValidateSsoIssuerCommand(string Issuer) : ICommand<Unit>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;
}
