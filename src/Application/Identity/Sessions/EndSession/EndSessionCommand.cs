using Deepnote.Application.Common.Authorization;
using Mediator;

namespace Deepnote.Application.Identity.Sessions.EndSession;

/// <summary>Ends one of the signed-in user's sessions (another browser, a lost laptop).</summary>
public sealed record EndSessionCommand(Guid SessionId) : ICommand<bool>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Person;
}
