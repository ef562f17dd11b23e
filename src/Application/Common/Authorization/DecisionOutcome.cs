namespace Deepnote.Application.Common.Authorization;

public enum DecisionOutcome
{
    Allowed,
    Unauthenticated,
    Forbidden,
    NotFound,
}
