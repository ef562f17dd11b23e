using FluentValidation;

namespace Deepnote.Application.Identity.Passwords;

internal static class PasswordRules
{
    public const int MinLength = 12;
    public const int MaxLength = 256;

    public static IRuleBuilderOptions<T, string> StrongPassword<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MinimumLength(MinLength).MaximumLength(MaxLength)
            .WithMessage($"Use between {MinLength} and {MaxLength} characters.");
}
