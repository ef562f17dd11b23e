using Deepnote.Domain.Access.Workspaces.Domains;
using FluentValidation;

namespace Deepnote.Application.Access.Domains;

internal static class DomainRules
{
    public static IRuleBuilderOptions<T, string> ValidDomain<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(d => DomainName.TryNormalize(d, out _)).WithMessage("A domain such as example.com.");
}
