using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Vault.Ports;

/// <summary>Hands long work to the job queue (Hangfire on PostgreSQL). Payloads carry identifiers only.</summary>
public interface IBackgroundJobs
{
    void EnqueueKeyRotation(WorkspaceId workspace, Guid rotationId);
}
