using Deepnote.Application.Abstractions;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.Access.Projects;
using Deepnote.Domain.SharedKernel;
using FluentValidation;
using Mediator;

namespace Deepnote.Application.Access.Projects;

/// <summary>EDITORs and ADMINs create projects; the creator gets FULL_ACCESS, other members the default level.</summary>
public sealed record CreateProjectCommand(WorkspaceId WorkspaceId, string Name, ProjectAccess DefaultAccess)
    : ICommand<ProjectId>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() =>
        AccessRequirement.WorkspaceRole(WorkspaceId, WorkspaceRole.Admin, WorkspaceRole.Editor);
}

internal sealed class CreateProjectCommandValidator : AbstractValidator<CreateProjectCommand>
{
    public CreateProjectCommandValidator()
    {
        RuleFor(c => c.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Name the project.")
            .MaximumLength(Project.MaxNameLength);
        RuleFor(c => c.DefaultAccess).IsInEnum();
    }
}

internal sealed class CreateProjectCommandHandler(IEventStore events, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<CreateProjectCommand, ProjectId>
{
    public async ValueTask<ProjectId> Handle(CreateProjectCommand command, CancellationToken ct)
    {
        var project = Project.Create(command.WorkspaceId, command.Name, command.DefaultAccess,
            actor.RequireUser(), clock.GetUtcNow());
        await events.SaveAsync(project, ct);
        return project.Id;
    }
}
