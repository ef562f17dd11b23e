using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Contracts.IsSsoEnforced;

/// <summary>Whether a workspace the user belongs to enforces SSO (then their password does not sign them in).</summary>
public sealed record IsSsoEnforcedQuery(UserId UserId) : IQuery<bool>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;
}
