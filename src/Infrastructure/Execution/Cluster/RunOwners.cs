using Deepnote.Application.Abstractions;
using Deepnote.Application.Execution.Ports;
using Deepnote.Domain.Execution;
using Deepnote.Domain.SharedKernel;
using Deepnote.Infrastructure.Persistence;
using Orleans.Runtime;

namespace Deepnote.Infrastructure.Execution.Cluster;

internal sealed class RunOwners(RunOwnerDirectory directory, NpgsqlUnitOfWork uow, ILocalSiloDetails silo,
    TimeProvider clock) : IRunOwners
{
    public Task HoldAsync(ExecutionTarget target, ActorSnapshot actor, CancellationToken ct) =>
        directory.HoldAsync(silo.SiloAddress.ToParsableString(), target, actor, clock.GetUtcNow(), ct);

    public async Task<bool> ClaimAsync(ExecutionId id, CancellationToken ct) =>
        await uow.ExecuteAsync("update run_owners set recorded = true where execution_id = $1 and not recorded", ct, id.Value) == 1;
}
