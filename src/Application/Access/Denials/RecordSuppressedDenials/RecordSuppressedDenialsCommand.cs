using Deepnote.Application.Common.Authorization;
using Mediator;

namespace Deepnote.Application.Access.Denials.RecordSuppressedDenials;

/// <summary>The host's periodic step: every ended window of suppressed denials becomes one summary event in its
/// chain. Answers how many summaries were written.</summary>
public sealed record RecordSuppressedDenialsCommand : ICommand<int>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.System;
}
