using Deepnote.Application.Common.Validation;
using FluentValidation;

namespace Deepnote.Application.Identity.People.EraseAddress;

internal sealed class EraseAddressCommandValidator : AbstractValidator<EraseAddressCommand>
{
    public EraseAddressCommandValidator() => RuleFor(c => c.Email).ValidEmail();
}
