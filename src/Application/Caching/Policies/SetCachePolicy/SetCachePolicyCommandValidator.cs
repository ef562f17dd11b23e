using Deepnote.Application.Common;
using Deepnote.Domain.Caching;
using FluentValidation;

namespace Deepnote.Application.Caching.Policies.SetCachePolicy;

internal sealed class SetCachePolicyCommandValidator : AbstractValidator<SetCachePolicyCommand>
{
    public SetCachePolicyCommandValidator(ExecutionLimits limits)
    {
        RuleFor(c => c.TtlSeconds).NotNull().WithMessage("TTL needs ttlSeconds.")
            .InclusiveBetween(1, limits.MaxCacheTtlSeconds).When(c => c.Mode == CachePolicyMode.Ttl);
    }
}
