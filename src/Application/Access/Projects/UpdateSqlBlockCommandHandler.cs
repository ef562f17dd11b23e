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

internal sealed class UpdateSqlBlockCommandHandler(IEventStore events, TimeProvider clock)
    : ICommandHandler<UpdateSqlBlockCommand, bool>
{
    public async ValueTask<bool> Handle(UpdateSqlBlockCommand command, CancellationToken ct) =>
        await events.ChangeProjectAsync(command.ProjectId, p =>
        {
            p.UpdateSqlBlock(command.BlockId, command.ConnectionId, command.Sql, clock.GetUtcNow());
            return true;
        }, ct);
}
