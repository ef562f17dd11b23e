using FluentValidation;

namespace Deepnote.Application.Access.Domains.VerifyDomain;

internal sealed class VerifyDomainCommandValidator : AbstractValidator<VerifyDomainCommand>
{
    public VerifyDomainCommandValidator() => RuleFor(c => c.Domain).ValidDomain();
}
