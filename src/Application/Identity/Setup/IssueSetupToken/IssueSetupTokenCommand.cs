using Deepnote.Application.Common.Authorization;
using Mediator;

namespace Deepnote.Application.Identity.Setup.IssueSetupToken;

/// <summary>At first start of an empty database the host issues a one-time set-up token; null when someone has
/// already set the product up.</summary>
public sealed record IssueSetupTokenCommand : ICommand<string?>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.System;
}
