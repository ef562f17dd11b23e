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
using Deepnote.Application.Access.Projects.AttachConnection;
using Deepnote.Application.Access.Projects.CreateProject;
using Deepnote.Application.Access.Projects.DeleteProject;
using Deepnote.Application.Access.Projects.DetachConnection;
using Deepnote.Application.Access.Projects.GetProject;
using Deepnote.Application.Access.Projects.GetProjectContent;
using Deepnote.Application.Access.Projects.InviteGuest;
using Deepnote.Application.Access.Projects.ListGuestProjects;
using Deepnote.Application.Access.Projects.ListProjects;
using Deepnote.Application.Access.Projects.RemoveSqlBlock;
using Deepnote.Application.Access.Projects.SetProjectCacheUse;
using Deepnote.Application.Access.Projects.ShareProject;
using Deepnote.Application.Access.Projects.UpdateSqlBlock;

namespace Deepnote.Application.Access.Projects.RenameProject;

internal sealed class RenameProjectCommandHandler(IEventStore events, TimeProvider clock)
    : ICommandHandler<RenameProjectCommand, bool>
{
    public async ValueTask<bool> Handle(RenameProjectCommand command, CancellationToken ct) =>
        await events.ChangeProjectAsync(command.ProjectId, p =>
        {
            p.Rename(command.Name, clock.GetUtcNow());
            return true;
        }, ct);
}
