using Deepnote.Domain.Access;
using Deepnote.Domain.Access.Workspaces.Domains;
using FluentValidation;

namespace Deepnote.Application.Access.Sso.ConfigureSso;

internal sealed class ConfigureSsoCommandValidator : AbstractValidator<ConfigureSsoCommand>
{
    public ConfigureSsoCommandValidator()
    {
        RuleFor(c => c.Issuer).Must(BeAnIssuer).WithMessage("Give the issuer URL, such as https://accounts.google.com.");
        RuleFor(c => c.ClientId).NotEmpty().MaximumLength(500);
        RuleFor(c => c.ClientSecret).MaximumLength(2000);
        RuleFor(c => c.AllowedDomains).Must(d => d.Count <= 50).WithMessage("At most 50 domains.");
        RuleForEach(c => c.AllowedDomains).Must(d => DomainName.TryNormalize(d, out _))
            .WithMessage("A domain such as example.com.");
        RuleFor(c => c.DefaultRole).IsInEnum().NotEqual(WorkspaceRole.Admin).WithMessage("New SSO users cannot start as ADMIN.");
    }

    // The scheme and the address are the network policy's to judge (https and public, unless the operator allows).
    private static bool BeAnIssuer(string issuer) =>
        issuer.Length <= 500 && Uri.TryCreate(issuer, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && string.IsNullOrEmpty(uri.Query)
        && string.IsNullOrEmpty(uri.Fragment) && string.IsNullOrEmpty(uri.UserInfo);
}
