using System.Text.Json;
using Deepnote.Application.Abstractions;
using Deepnote.Application.Common;
using Deepnote.Application.Execution.Executions.CancelExecution;
using Deepnote.Application.Execution.Executions.GetExecution;
using Deepnote.Application.Execution.Executions.GetExecutionRows;
using Deepnote.Application.Execution.Executions.RecheckRun;
using Deepnote.Application.Execution.Running;
using Deepnote.Domain.SharedKernel;
using Orleans;

namespace Deepnote.Infrastructure.Execution.Cluster;

/// <summary>Serves another node's request for a run held here by sending the same request here (<c>HereOnly</c>), as
/// the asker: authorization, rights and recording happen on this node as for a local request. A request this node
/// cannot answer from its own memory answers <see cref="RunAnswer.NotHeld"/> and the asker falls back to the record.</summary>
[RunOwnerPlacement]
internal sealed class RunGrain(ExecutionRegistry registry, IActingAs acting) : Grain, IRunGrain
{
    private ExecutionId Id => new(this.GetPrimaryKey());

    public Task<RunAnswer> Get(string asker) => AnswerAsync(asker, async sender =>
    {
        var execution = await sender.Send(new GetExecutionQuery(Id, HereOnly: true));
        // The rows stay here: the asker pages them through Page.
        return new RunAnswer(true, JsonSerializer.SerializeToUtf8Bytes(execution with { Rows = [], RowsElsewhere = execution.RowsAvailable }), 0);
    });

    public Task<RunAnswer> Page(string asker, int offset, int limit) => AnswerAsync(asker, async sender =>
        await sender.Send(new GetExecutionRowsQuery(Id, offset, limit, HereOnly: true)) is { } page
            ? new RunAnswer(true, page.Json, page.Count)
            : RunAnswer.NotHeld);

    public Task<RunAnswer> Cancel(string asker) => AnswerAsync(asker, async sender =>
        new RunAnswer(true, JsonSerializer.SerializeToUtf8Bytes(await sender.Send(new CancelExecutionCommand(Id, HereOnly: true))), 0));

    public async Task<bool> Recheck(string? dropReason)
    {
        if (registry.Get(Id) is null) return false;
        return await acting.SendAsAsync(ActorSnapshot.System, sender => sender.Send(new RecheckRunCommand(Id, dropReason)).AsTask(),
            CancellationToken.None);
    }

    private async Task<RunAnswer> AnswerAsync(string asker, Func<Mediator.ISender, Task<RunAnswer>> work)
    {
        if (registry.Get(Id) is null) return RunAnswer.NotHeld;
        var actor = JsonSerializer.Deserialize<ActorSnapshot>(asker)!;
        try
        {
            return await acting.SendAsAsync(actor, work, CancellationToken.None);
        }
        catch (NotFoundException)
        {
            return RunAnswer.NotHeld;
        }
    }
}
