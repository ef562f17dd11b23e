using Deepnote.Application.Vault.Ports;
using Deepnote.Domain.SharedKernel;
using Hangfire;

namespace Deepnote.Api.Hosting;

/// <summary>Queues work on Hangfire (PostgreSQL storage, shared by every node). Job arguments are identifiers only:
/// no secret ever sits in a job payload.</summary>
public sealed class HangfireBackgroundJobs(JobStorage storage) : IBackgroundJobs
{
    // Built on this host's storage: Hangfire's default client would use the process-wide JobStorage.Current.
    private readonly BackgroundJobClient _client = new(storage);

    public void EnqueueKeyRotation(WorkspaceId workspace, Guid rotationId) =>
        _client.Enqueue<KeyRotationJob>(job => job.RunAsync(workspace.Value, rotationId, CancellationToken.None));
}
