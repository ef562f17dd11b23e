using Deepnote.Domain.Identity.Tokens;
using FluentValidation;

namespace Deepnote.Application.Identity.ApiTokens.CreateApiToken;

internal sealed class CreateApiTokenCommandValidator : AbstractValidator<CreateApiTokenCommand>
{
    public CreateApiTokenCommandValidator()
    {
        RuleFor(c => c.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Name the token.")
            .MaximumLength(ApiToken.MaxNameLength);
        RuleFor(c => c.ExpiresInDays).InclusiveBetween(1, ApiToken.MaxLifetimeDays);
    }
}
