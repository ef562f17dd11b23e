using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Common.Validation;
using Deepnote.Application.Identity.Contracts;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using FluentValidation;
using Mediator;

namespace Deepnote.Application.Access.Projects;

/// <summary>FULL_ACCESS invites a guest to one project: someone with no role in the workspace (a new person gets a
/// one-time invitation link). Members are shared with <see cref="ShareProjectCommand"/> instead.</summary>
public sealed record InviteGuestCommand(ProjectId ProjectId, string Email, ProjectAccess Access) : ICommand<string?>,
    IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.OnProject(ProjectId, ProjectAccess.FullAccess);
}

internal sealed class InviteGuestCommandValidator : AbstractValidator<InviteGuestCommand>
{
    public InviteGuestCommandValidator()
    {
        RuleFor(c => c.Email).ValidEmail();
        RuleFor(c => c.Access).IsInEnum().Must(a => a is not (ProjectAccess.None or ProjectAccess.FullAccess))
            .WithMessage("A guest gets APP_USER, VIEW, EXECUTE or EDIT.");
    }
}

internal sealed class InviteGuestCommandHandler(ISender sender, IEventStore events, IAccessFacts facts,
    ICurrentActor actor, TimeProvider clock) : ICommandHandler<InviteGuestCommand, string?>
{
    public async ValueTask<string?> Handle(InviteGuestCommand command, CancellationToken ct)
    {
        var project = await events.LoadProjectAsync(command.ProjectId, ct);
        var existing = await sender.Send(new FindUserByEmailQuery(command.Email), ct);
        if (existing is not null && await facts.GetRoleAsync(project.WorkspaceId, existing.Id, ct) is not null)
        {
            throw new GuestIsMemberException();
        }

        var registered = existing is null ? await sender.Send(new RegisterUserCommand(command.Email, null), ct) : null;
        project.AddGuest(existing?.Id ?? registered!.UserId, command.Access, actor.RequireUser(),
            clock.GetUtcNow());
        await events.SaveAsync(project, ct);
        return registered?.InvitationToken;
    }
}

public sealed class GuestIsMemberException()
    : Domain.SharedKernel.DomainException("This person is a member of the workspace: share the project with them instead.",
        Domain.SharedKernel.DomainErrorKind.Conflict);

/// <summary>The projects the signed-in person is a guest of.</summary>
public sealed record ListGuestProjectsQuery(int? First = null, string? After = null) : IQuery<Page<ProjectDto>>,
    IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.SignedIn;
}

internal sealed class ListGuestProjectsQueryHandler(IProjectReader projects, ICurrentActor actor)
    : IQueryHandler<ListGuestProjectsQuery, Page<ProjectDto>>
{
    public async ValueTask<Page<ProjectDto>> Handle(ListGuestProjectsQuery query, CancellationToken ct) =>
        Paging.Slice(await projects.ListGuestProjectsAsync(actor.RequireUser(), ct), query.First, query.After);
}

internal sealed class ListGuestProjectsQueryValidator : FluentValidation.AbstractValidator<ListGuestProjectsQuery>
{
    public ListGuestProjectsQueryValidator() => this.AddPagingRules(q => q.First, q => q.After);
}
