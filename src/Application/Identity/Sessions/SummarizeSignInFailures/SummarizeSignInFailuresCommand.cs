using Deepnote.Application.Common.Authorization;
using Mediator;

namespace Deepnote.Application.Identity.Sessions.SummarizeSignInFailures;

/// <summary>Every minute (and when the host stops): each ended window of a member's failed sign-ins becomes one
/// <c>MemberSignInFailed</c> with its count in that workspace's chain.</summary>
public sealed record SummarizeSignInFailuresCommand(bool All = false) : ICommand<int>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.System;
}
