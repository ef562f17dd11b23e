using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.Access.Projects;
using Deepnote.Domain.SharedKernel;
using FluentValidation;
using Mediator;

namespace Deepnote.Application.Access.Projects;

internal sealed class AddSqlBlockCommandHandler(IEventStore events, TimeProvider clock)
    : ICommandHandler<AddSqlBlockCommand, BlockId>
{
    public async ValueTask<BlockId> Handle(AddSqlBlockCommand command, CancellationToken ct) =>
        await events.ChangeProjectAsync(command.ProjectId, p => p.AddSqlBlock(command.ConnectionId, command.Sql, clock.GetUtcNow()), ct);
}
