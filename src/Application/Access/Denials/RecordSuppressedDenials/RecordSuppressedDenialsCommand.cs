using Deepnote.Application.Common.Authorization;
using Mediator;

namespace Deepnote.Application.Access.Denials.RecordSuppressedDenials;

/// <summary>The host's periodic step: every ended window of suppressed denials becomes one summary event in its
/// chain (every window, ended or not, when <paramref name="Stopping"/>). Answers how many summaries were written.</summary>
public sealed record RecordSuppressedDenialsCommand(bool Stopping = false) : ICommand<int>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.System;
}
