using Deepnote.Application.Abstractions;
using Deepnote.Application.Common;
using Deepnote.Domain.Access.Projects;
using Deepnote.Domain.SharedKernel;

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
