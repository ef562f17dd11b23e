using Deepnote.Application.Abstractions;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Identity.Ports;
using Mediator;
using Deepnote.Application.Execution.Contracts.DropResults;

namespace Deepnote.Application.Identity.Sessions.SignOutEverywhere;

/// <summary>Ends every session of the signed-in user, this one included; returns how many.</summary>
public sealed record SignOutEverywhereCommand : ICommand<int>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.SignedIn;
}
