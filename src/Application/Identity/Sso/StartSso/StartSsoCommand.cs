using Deepnote.Application.Common.Authorization;
using Mediator;

namespace Deepnote.Application.Identity.Sso.StartSso;

/// <summary>Begins single sign-on for an address: the workspace whose provider accepts its domain is found, and
/// the browser is sent to that provider (authorization code flow, PKCE S256, state, nonce).</summary>
public sealed record StartSsoCommand(string Email, Uri RedirectUri) : ICommand<Uri>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Anyone;
}
