using Deepnote.Application.Abstractions;
using Deepnote.Domain.Access.Projects;
using Mediator;

namespace Deepnote.Application.Access.Projects.RemoveSqlBlock;

internal sealed class RemoveSqlBlockCommandHandler(IEventStore events, TimeProvider clock)
    : ICommandHandler<RemoveSqlBlockCommand, bool>
{
    public async ValueTask<bool> Handle(RemoveSqlBlockCommand command, CancellationToken ct) =>
        await events.ChangeAsync(command.ProjectId, (Project p) =>
        {
            p.RemoveSqlBlock(command.BlockId, clock.GetUtcNow());
            return true;
        }, ct);
}
