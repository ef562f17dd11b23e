using FluentValidation;

namespace Deepnote.Application.Access.Projects.ShareProject;

internal sealed class ShareProjectCommandValidator : AbstractValidator<ShareProjectCommand>
{
    public ShareProjectCommandValidator() => RuleFor(c => c.Access).IsInEnum();
}
