using Deepnote.Application.Abstractions;
using Deepnote.Domain.Access.Projects;
using Mediator;

namespace Deepnote.Application.Access.Projects.SetProjectCacheUse;

internal sealed class SetProjectCacheUseCommandHandler(IEventStore events, TimeProvider clock)
    : ICommandHandler<SetProjectCacheUseCommand, bool>
{
    public async ValueTask<bool> Handle(SetProjectCacheUseCommand command, CancellationToken ct) =>
        await events.ChangeAsync(command.ProjectId, (Project p) => p.SetCacheUse(command.UseCache, clock.GetUtcNow()), ct);
}
