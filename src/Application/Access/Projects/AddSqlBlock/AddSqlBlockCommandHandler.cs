using Deepnote.Application.Abstractions;
using Deepnote.Domain.Access.Projects;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Projects.AddSqlBlock;

internal sealed class AddSqlBlockCommandHandler(IEventStore events, TimeProvider clock)
    : ICommandHandler<AddSqlBlockCommand, BlockId>
{
    public async ValueTask<BlockId> Handle(AddSqlBlockCommand command, CancellationToken ct) =>
        await events.ChangeAsync(command.ProjectId, (Project p) => p.AddSqlBlock(command.ConnectionId, command.Sql, clock.GetUtcNow()), ct);
}
