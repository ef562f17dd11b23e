using FluentValidation;

namespace Deepnote.Application.Access.Domains.ClaimDomain;

internal sealed class ClaimDomainCommandValidator : AbstractValidator<ClaimDomainCommand>
{
    public ClaimDomainCommandValidator() => RuleFor(c => c.Domain).ValidDomain();
}
