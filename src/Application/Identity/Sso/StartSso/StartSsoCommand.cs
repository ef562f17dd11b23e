using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Identity.Contracts;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Identity.Sso.StartSso;

/// <summary>Begins single sign-on: by address (the workspace that verified its domain) or at a named workspace's
/// provider (for accounts linked to it), and sends the browser there (code flow, PKCE S256, state, nonce).</summary>
public sealed record StartSsoCommand(string? Email, WorkspaceId? WorkspaceId = null) : ICommand<SsoStart>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Anyone;
}
