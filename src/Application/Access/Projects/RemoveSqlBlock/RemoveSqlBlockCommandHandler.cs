using Deepnote.Application.Abstractions;
using Mediator;

namespace Deepnote.Application.Access.Projects.RemoveSqlBlock;

internal sealed class RemoveSqlBlockCommandHandler(IEventStore events, TimeProvider clock)
    : ICommandHandler<RemoveSqlBlockCommand, bool>
{
    public async ValueTask<bool> Handle(RemoveSqlBlockCommand command, CancellationToken ct) =>
        await events.ChangeProjectAsync(command.ProjectId, p =>
        {
            p.RemoveSqlBlock(command.BlockId, clock.GetUtcNow());
            return true;
        }, ct);
}
