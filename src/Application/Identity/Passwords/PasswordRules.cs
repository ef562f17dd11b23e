using FluentValidation;

namespace Deepnote.Application.Identity.Passwords;

/// <summary>Every new password: 12 to 256 characters, and not guessable — zxcvbn (the zxcvbn-core package: common
/// password lists, dictionary words, repeats, sequences, keyboard walks, dates) must rate it at least
/// <see cref="MinScore"/> of 4. docs/decisions/011-identity-across-tenants.md names the source.</summary>
internal static class PasswordRules
{
    public const int MinLength = 12;
    public const int MaxLength = 256;
    public const int MinScore = 3;

    public const string Rule =
        "Use at least 12 characters. Common passwords and easy patterns (aaaaaaaaaaaa, password1234) are refused.";

    public static IRuleBuilderOptions<T, string> StrongPassword<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage(Rule)
            .MinimumLength(MinLength).WithMessage(Rule)
            .MaximumLength(MaxLength).WithMessage($"Use at most {MaxLength} characters.")
            .Must(NotGuessable).WithMessage("This password is too easy to guess: it is common or follows a pattern. " + Rule);

    // zxcvbn's cost grows with the length, so it rates the first 100 characters (a long repeat is still refused).
    public static bool NotGuessable(string? password) =>
        password is null || password.Length < MinLength
        || Zxcvbn.Zxcvbn.MatchPassword(password.Length > 100 ? password[..100] : password).Score >= MinScore;
}
