using Deepnote.Api.Security;
using Deepnote.Application.Audit.Checkpoints.SignCheckpoints;
using Mediator;

namespace Deepnote.Api.Hosting;

/// <summary>Every minute: the head of every chain that moved is signed and written outside the database. A chain that
/// contradicts its newest checkpoint is not signed, and said so loudly: someone rewrote or cut the log.</summary>
public sealed class AuditCheckpointJob(IServiceScopeFactory scopes, ILogger<AuditCheckpointJob> logger)
{
    public const string Id = "audit-checkpoints";

    public async Task<int> RunAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().AsSystem();
        var result = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new SignCheckpointsCommand(), ct);
        foreach (var refusal in result.Refused) logger.LogError("Audit checkpoint refused: {Refusal}", refusal);
        return result.Signed;
    }
}
