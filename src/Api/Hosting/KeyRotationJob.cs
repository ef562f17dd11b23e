using Deepnote.Api.Security;
using Deepnote.Application.Vault.Keys.RunKeyRotation;
using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Keys;
using Hangfire;
using Mediator;

namespace Deepnote.Api.Hosting;

/// <summary>Runs a key rotation as the system actor. If the process dies mid-way, Hangfire runs the job again and the
/// re-wrap resumes where it stopped; an error marks the rotation FAILED (an admin can start another, which re-wraps
/// what is left).</summary>
public sealed class KeyRotationJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<KeyRotationJob> logger)
{
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(Guid workspace, Guid rotationId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().AsSystem();
        var sender = scope.ServiceProvider.GetRequiredService<ISender>();
        try
        {
            var rewrapped = await sender.Send(new RunKeyRotationCommand(new WorkspaceId(workspace), rotationId), ct);
            logger.LogInformation("Key rotation {RotationId} re-wrapped {Count} data keys", rotationId, rewrapped);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Key rotation {RotationId} failed", rotationId);
            await RecordFailureAsync(scopes, new WorkspaceId(workspace), rotationId, ex.GetType().Name, ct);
        }
    }

    private async Task RecordFailureAsync(IServiceScopeFactory scopeFactory, WorkspaceId workspace, Guid rotationId,
        string reason, CancellationToken ct)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().AsSystem();
        var events = scope.ServiceProvider.GetRequiredService<Application.Abstractions.IEventStore>();
        var keyring = await events.AggregateStreamAsync<WorkspaceKeyring>(WorkspaceKeyring.StreamFor(workspace), ct);
        if (keyring is null) return;
        keyring.FailRotation(rotationId, reason, clock.GetUtcNow());
        await events.SaveAsync(keyring, ct);
    }
}
