using Deepnote.Domain.SharedKernel;
using FluentValidation;

namespace Deepnote.Application.Common.Validation;

public static class CommonRules
{
    public static IRuleBuilderOptions<T, string> ValidEmail<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().Must(e => EmailAddress.IsValid(e.Trim())).WithMessage("Enter a valid email address.");
}
