using Deepnote.Domain.Access;
using FluentValidation;

namespace Deepnote.Application.Access.Sso.ConfigureSso;

internal sealed class ConfigureSsoCommandValidator : AbstractValidator<ConfigureSsoCommand>
{
    public ConfigureSsoCommandValidator()
    {
        RuleFor(c => c.Issuer).Must(BeAnIssuer)
            .WithMessage("Give the issuer URL (https; http only for a loopback test provider).");
        RuleFor(c => c.ClientId).NotEmpty().MaximumLength(500);
        RuleFor(c => c.ClientSecret).MaximumLength(2000);
        RuleFor(c => c.AllowedDomains).NotEmpty().WithMessage("Name at least one allowed email domain.");
        RuleForEach(c => c.AllowedDomains).Must(d => d.Length is > 2 and < 254 && d.Contains('.') && !d.Contains('@'))
            .WithMessage("A domain such as example.com.");
        RuleFor(c => c.DefaultRole).IsInEnum().NotEqual(WorkspaceRole.Admin).WithMessage("New SSO users cannot start as ADMIN.");
    }

    private static bool BeAnIssuer(string issuer) =>
        Uri.TryCreate(issuer, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));
}
