using Deepnote.Application.Abstractions;
using Deepnote.Domain.Access.Projects;
using Mediator;

namespace Deepnote.Application.Access.Projects.UpdateSqlBlock;

internal sealed class UpdateSqlBlockCommandHandler(IEventStore events, TimeProvider clock)
    : ICommandHandler<UpdateSqlBlockCommand, bool>
{
    public async ValueTask<bool> Handle(UpdateSqlBlockCommand command, CancellationToken ct) =>
        await events.ChangeAsync(command.ProjectId, (Project p) =>
        {
            p.UpdateSqlBlock(command.BlockId, command.ConnectionId, command.Sql, clock.GetUtcNow());
            return true;
        }, ct);
}
