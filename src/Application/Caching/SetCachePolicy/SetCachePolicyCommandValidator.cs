using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Vault.Contracts;
using Deepnote.Domain.Caching;
using Deepnote.Domain.SharedKernel;
using FluentValidation;
using Mediator;

namespace Deepnote.Application.Caching.SetCachePolicy;

internal sealed class SetCachePolicyCommandValidator : AbstractValidator<SetCachePolicyCommand>
{
    public SetCachePolicyCommandValidator(ExecutionLimits limits)
    {
        RuleFor(c => c.TtlSeconds).NotNull().WithMessage("TTL needs ttlSeconds.")
            .InclusiveBetween(1, limits.MaxCacheTtlSeconds).When(c => c.Mode == CachePolicyMode.Ttl);
    }
}
