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
using Deepnote.Application.Access.Projects.AddSqlBlock;
using Deepnote.Application.Access.Projects.AttachConnection;
using Deepnote.Application.Access.Projects.CreateProject;
using Deepnote.Application.Access.Projects.DeleteProject;
using Deepnote.Application.Access.Projects.DetachConnection;
using Deepnote.Application.Access.Projects.GetProject;
using Deepnote.Application.Access.Projects.GetProjectContent;
using Deepnote.Application.Access.Projects.ListGuestProjects;
using Deepnote.Application.Access.Projects.ListProjects;
using Deepnote.Application.Access.Projects.RemoveSqlBlock;
using Deepnote.Application.Access.Projects.RenameProject;
using Deepnote.Application.Access.Projects.SetProjectCacheUse;
using Deepnote.Application.Access.Projects.ShareProject;
using Deepnote.Application.Access.Projects.UpdateSqlBlock;
using Deepnote.Application.Identity.Contracts.FindUserByEmail;
using Deepnote.Application.Identity.Contracts.RegisterUser;
using Deepnote.Application.Identity.Contracts.RevokeUserSessions;

namespace Deepnote.Application.Access.Projects.InviteGuest;

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
