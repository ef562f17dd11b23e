using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.Access.Projects;
using Deepnote.Domain.SharedKernel;
using FluentValidation;
using Mediator;
using Deepnote.Application.Access.Projects.AddSqlBlock;
using Deepnote.Application.Access.Projects.CreateProject;
using Deepnote.Application.Access.Projects.DeleteProject;
using Deepnote.Application.Access.Projects.DetachConnection;
using Deepnote.Application.Access.Projects.GetProject;
using Deepnote.Application.Access.Projects.GetProjectContent;
using Deepnote.Application.Access.Projects.InviteGuest;
using Deepnote.Application.Access.Projects.ListGuestProjects;
using Deepnote.Application.Access.Projects.ListProjects;
using Deepnote.Application.Access.Projects.RemoveSqlBlock;
using Deepnote.Application.Access.Projects.RenameProject;
using Deepnote.Application.Access.Projects.SetProjectCacheUse;
using Deepnote.Application.Access.Projects.ShareProject;
using Deepnote.Application.Access.Projects.UpdateSqlBlock;

namespace Deepnote.Application.Access.Projects.AttachConnection;

internal sealed class AttachConnectionCommandHandler(IEventStore events, IAccessFacts facts,
    ICurrentActor actor, TimeProvider clock) : ICommandHandler<AttachConnectionCommand, bool>
{
    public async ValueTask<bool> Handle(AttachConnectionCommand command, CancellationToken ct)
    {
        var project = await events.LoadProjectAsync(command.ProjectId, ct);
        var user = actor.RequireUser();
        if (await facts.GetConnectionWorkspaceAsync(command.ConnectionId, ct) != project.WorkspaceId)
        {
            throw new NotFoundException($"Connection {command.ConnectionId} was not found.");
        }

        if (!await facts.HasGrantAsync(command.ConnectionId, user, ct))
        {
            throw new ForbiddenException("you need a data-access grant on this connection to attach it");
        }

        if (project.AttachConnection(command.ConnectionId, clock.GetUtcNow())) await events.SaveAsync(project, ct);
        return true;
    }
}
