using Deepnote.Application.Abstractions;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Execution.Contracts;
using Deepnote.Application.Identity.Ports;
using Mediator;

namespace Deepnote.Application.Identity.SignOut;

public sealed record SignOutCommand(string SessionToken) : ICommand<bool>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Anyone;

    public override string ToString() => nameof(SignOutCommand);
}
