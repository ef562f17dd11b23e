namespace Deepnote.Application.Common.Authorization;

/// <param name="AuditWorkspace">The workspace whose audit chain records a denial or a failure of the request
/// (null: the platform chain).</param>
public sealed record AuthorizationDecision(DecisionOutcome Outcome, string Reason, Guid? AuditWorkspace = null)
{
    public bool Allowed => Outcome == DecisionOutcome.Allowed;

    public static AuthorizationDecision Allow(string reason, Guid? workspace = null) =>
        new(DecisionOutcome.Allowed, reason, workspace);

    /// <summary>What a refused request throws (the Api maps each to its error code).</summary>
    public Exception ToException() => Outcome switch
    {
        DecisionOutcome.Unauthenticated => new UnauthenticatedException(Reason),
        DecisionOutcome.NotFound => new NotFoundException(Reason),
        _ => new ForbiddenException(Reason),
    };
}
