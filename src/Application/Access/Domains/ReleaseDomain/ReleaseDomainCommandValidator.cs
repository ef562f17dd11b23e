using FluentValidation;

namespace Deepnote.Application.Access.Domains.ReleaseDomain;

internal sealed class ReleaseDomainCommandValidator : AbstractValidator<ReleaseDomainCommand>
{
    public ReleaseDomainCommandValidator() => RuleFor(c => c.Domain).ValidDomain();
}
