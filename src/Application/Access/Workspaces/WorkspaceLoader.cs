using Deepnote.Application.Abstractions;
using Deepnote.Application.Common;
using Deepnote.Domain.Access.Workspaces;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Access.Workspaces;

internal static class WorkspaceLoader
{
    public static async Task<Workspace> LoadWorkspaceAsync(this IEventStore events, WorkspaceId id,
        CancellationToken ct) =>
        await events.AggregateStreamAsync<Workspace>(id.Value, ct)
            ?? throw new NotFoundException($"Workspace {id} was not found.");
}
