using Deepnote.Application.Common.Authorization;
using Mediator;

namespace Deepnote.Application.Identity.Sessions.SignOutEverywhere;

/// <summary>Ends every session of the signed-in user, this one included; returns how many.</summary>
public sealed record SignOutEverywhereCommand : ICommand<int>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Person;
}
