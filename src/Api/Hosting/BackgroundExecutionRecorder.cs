using Deepnote.Api.Security;
using Deepnote.Application.Abstractions;
using Deepnote.Application.Execution.Executions.RecordExecutionOutcome;
using Deepnote.Application.Execution.Ports;
using Deepnote.Application.Execution.Running;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Api.Hosting;

/// <summary>Records a long run's outcome once it finishes, in a scope of its own acting as the run's actor. If the
/// audit append fails, the result is refused (dropped) and the owner sees why: nothing unaudited is served.</summary>
public sealed class BackgroundExecutionRecorder(IServiceScopeFactory scopes, ILogger<BackgroundExecutionRecorder> logger)
    : IBackgroundRecorder
{
    public void Record(ExecutionId execution, ActorSnapshot actor) => _ = Task.Run(async () =>
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().Restore(actor);
        try
        {
            await scope.ServiceProvider.GetRequiredService<ISender>().Send(new RecordExecutionOutcomeCommand(execution));
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Recording execution {ExecutionId} failed; its result was discarded", execution);
            if (actor.UserId is { } user && scope.ServiceProvider.GetRequiredService<ExecutionRegistry>().Find(execution, user) is { } run)
            {
                scope.ServiceProvider.GetRequiredService<ExecutionRegistry>().Refuse(run, ExecutionRegistry.AuditFailure);
            }
        }
    });
}
