using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Identity.Contracts;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Identity.Sso.StartSsoLink;

/// <summary>A member links their account to their workspace's provider: whoever the provider then signs in is linked
/// to this account. They proved the account by being signed in and confirm by asking (a mutation: a cross-site link
/// cannot start it, as it needs the session cookie and the CSRF header).</summary>
public sealed record StartSsoLinkCommand(WorkspaceId WorkspaceId) : ICommand<SsoStart>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.WorkspaceMember(WorkspaceId);
}
