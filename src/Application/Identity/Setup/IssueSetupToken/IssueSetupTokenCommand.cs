using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Identity.Contracts;
using Deepnote.Application.Identity.Ports;
using Mediator;
using Deepnote.Application.Identity.Contracts.FindUserByEmail;
using Deepnote.Application.Identity.Contracts.RegisterUser;
using Deepnote.Application.Identity.Contracts.RevokeUserSessions;
using Deepnote.Application.Identity.Setup.CompleteSetup;

namespace Deepnote.Application.Identity.Setup.IssueSetupToken;

/// <summary>At first start of an empty database the host issues a one-time set-up token; null when someone has
/// already set the product up.</summary>
public sealed record IssueSetupTokenCommand : ICommand<string?>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.System;
}
