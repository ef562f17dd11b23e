namespace Deepnote.Application.Common.Authorization;

/// <summary>The one place that decides; implemented by the access module.</summary>
public interface IAuthorizationPolicy
{
    ValueTask<AuthorizationDecision> DecideAsync(AccessRequirement requirement, bool nested, CancellationToken ct);

    /// <summary>The decision the policy would make for another user (no token scoping, never nested).</summary>
    ValueTask<AuthorizationDecision> DecideForAsync(Domain.SharedKernel.UserId user, AccessRequirement requirement,
        CancellationToken ct);
}
