using Deepnote.Application.Abstractions;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Execution.Contracts;
using Deepnote.Application.Identity.Ports;
using Mediator;

namespace Deepnote.Application.Identity.SignOut;

/// <summary>Ends every session of the signed-in user, this one included; returns how many.</summary>
public sealed record SignOutEverywhereCommand : ICommand<int>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.SignedIn;
}
