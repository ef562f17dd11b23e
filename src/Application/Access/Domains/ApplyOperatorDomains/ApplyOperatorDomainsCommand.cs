using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Domains.ApplyOperatorDomains;

/// <summary>At start-up: the operator's <c>DEEPNOTE_VERIFIED_DOMAINS</c> verifies each domain for its named workspace
/// (single-tenant deployments), recorded like any verification. Returns what it could not apply, and why.</summary>
public sealed record ApplyOperatorDomainsCommand(IReadOnlyList<KeyValuePair<string, WorkspaceId>> Domains)
    : ICommand<IReadOnlyList<string>>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.System;
}
