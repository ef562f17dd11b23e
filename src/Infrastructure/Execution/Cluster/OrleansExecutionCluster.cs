using System.Text.Json;
using Deepnote.Application.Abstractions;
using Deepnote.Application.Execution;
using Deepnote.Application.Execution.Ports;
using Deepnote.Domain.SharedKernel;
using Microsoft.Extensions.Logging;
using Orleans;
using Orleans.Runtime;

namespace Deepnote.Infrastructure.Execution.Cluster;

/// <summary>Asks the node holding a run through the run's grain. A run no other live node holds, or a node that does
/// not answer in time (it is dying), answers null: the caller falls back to the recorded run.</summary>
internal sealed class OrleansExecutionCluster(IGrainFactory grains, RunOwnerDirectory owners, ILocalSiloDetails silo,
    ILogger<OrleansExecutionCluster> logger) : IExecutionCluster
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    public async Task<ExecutionDto?> GetAsync(ExecutionId id, ActorSnapshot asker, CancellationToken ct) =>
        await AskAsync(id, grain => grain.Get(Serialize(asker)), ct) is { Json: { } json }
            ? JsonSerializer.Deserialize<ExecutionDto>(json)
            : null;

    public async Task<RowsJson?> PageAsync(ExecutionId id, ActorSnapshot asker, int offset, int limit, CancellationToken ct) =>
        await AskAsync(id, grain => grain.Page(Serialize(asker), offset, limit), ct) is { Json: { } json } answer
            ? new RowsJson(answer.Count, json)
            : null;

    public async Task<bool?> CancelAsync(ExecutionId id, ActorSnapshot asker, CancellationToken ct) =>
        await AskAsync(id, grain => grain.Cancel(Serialize(asker)), ct) is { Json: { } json }
            ? JsonSerializer.Deserialize<bool>(json)
            : null;

    public void Recheck(WorkspaceId? workspace, UserId? user, string? dropReason) => _ = Task.Run(async () =>
    {
        try
        {
            var here = silo.SiloAddress.ToParsableString();
            foreach (var id in await owners.ListHeldAsync(workspace, user, here, CancellationToken.None))
            {
                await grains.GetGrain<IRunGrain>(id).Recheck(dropReason).WaitAsync(Patience);
            }
        }
        catch (Exception ex)
        {
            // Every read checks the rights again anyway: a node that missed this still shows nothing it should not.
            logger.LogWarning(ex, "Rechecking runs on other nodes did not finish");
        }
    });

    private async Task<RunAnswer?> AskAsync(ExecutionId id, Func<IRunGrain, Task<RunAnswer>> ask, CancellationToken ct)
    {
        var owner = await owners.FindSiloAsync(id.Value, ct);
        if (owner is null || owner == silo.SiloAddress.ToParsableString()) return null;
        try
        {
            var answer = await ask(grains.GetGrain<IRunGrain>(id.Value)).WaitAsync(Patience, ct);
            return answer.Held ? answer : null;
        }
        catch (Exception ex) when (ex is SiloUnavailableException or TimeoutException or OrleansException)
        {
            logger.LogInformation("Node {Silo} holding execution {ExecutionId} did not answer: {Reason}", owner, id, ex.Message);
            return null;
        }
    }

    private static string Serialize(ActorSnapshot asker) => JsonSerializer.Serialize(asker);
}
