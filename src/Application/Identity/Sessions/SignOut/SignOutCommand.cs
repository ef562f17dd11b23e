using Deepnote.Application.Abstractions;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Identity.Ports;
using Mediator;
using Deepnote.Application.Execution.Contracts.DropResults;

namespace Deepnote.Application.Identity.Sessions.SignOut;

public sealed record SignOutCommand(string SessionToken) : ICommand<bool>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Anyone;

    public override string ToString() => nameof(SignOutCommand);
}
