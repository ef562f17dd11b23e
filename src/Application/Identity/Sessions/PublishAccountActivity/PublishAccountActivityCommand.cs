using Deepnote.Application.Common.Authorization;
using Mediator;

namespace Deepnote.Application.Identity.Sessions.PublishAccountActivity;

/// <summary>Every minute: account activity is published to the chain of every workspace the person belongs to —
/// <c>MemberSignedIn</c>, <c>MemberSessionEnded</c> and <c>MemberCredentialChanged</c> one each, failed sign-ins as one
/// <c>MemberSignInFailed</c> with their count per run — as the host (so no caller's address travels to other
/// tenants' logs), at most <see cref="Batch"/> rows a run.</summary>
public sealed record PublishAccountActivityCommand : ICommand<int>, IAuthorizedRequest
{
    public const int Batch = 5_000;

    public AccessRequirement RequiredAccess() => AccessRequirement.System;
}
