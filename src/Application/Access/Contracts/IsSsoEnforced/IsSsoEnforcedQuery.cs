using Deepnote.Application.Common.Authorization;
using Mediator;

namespace Deepnote.Application.Access.Contracts.IsSsoEnforced;

/// <summary>Whether the workspace that verified this address's domain enforces single sign-on: then the password of
/// the account does not sign it in anywhere, and cannot be reset. Nobody outside a verified domain is affected.</summary>
public sealed record IsSsoEnforcedQuery(string Email) : IQuery<bool>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;

    public override string ToString() => nameof(IsSsoEnforcedQuery);
}
