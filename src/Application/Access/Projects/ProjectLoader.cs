using Deepnote.Application.Abstractions;
using Deepnote.Application.Common;
using Deepnote.Domain.Access.Projects;
using Deepnote.Domain.SharedKernel;
using Deepnote.Application.Access.Ports;
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
using Deepnote.Application.Access.Projects.RenameProject;
using Deepnote.Application.Access.Projects.SetProjectCacheUse;
using Deepnote.Application.Access.Projects.ShareProject;
using Deepnote.Application.Access.Projects.UpdateSqlBlock;

namespace Deepnote.Application.Access.Projects;

internal static class ProjectLoader
{
    public static async Task<Project> LoadProjectAsync(this IEventStore events, ProjectId id, CancellationToken ct)
    {
        var project = await events.AggregateStreamAsync<Project>(id.Value, ct);
        return project is { IsDeleted: false } ? project : throw new NotFoundException($"Project {id} was not found.");
    }

    /// <summary>Runs a change on a project and saves it.</summary>
    public static async Task<T> ChangeProjectAsync<T>(this IEventStore events, ProjectId id, Func<Project, T> change,
        CancellationToken ct)
    {
        var project = await events.LoadProjectAsync(id, ct);
        var result = change(project);
        await events.SaveAsync(project, ct);
        return result;
    }
}
