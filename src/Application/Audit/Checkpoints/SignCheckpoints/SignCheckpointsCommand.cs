using Deepnote.Application.Common.Authorization;
using Mediator;

namespace Deepnote.Application.Audit.Checkpoints.SignCheckpoints;

/// <summary>Every minute: signs the head of each chain that moved since its last checkpoint, at most
/// <see cref="Batch"/> chains a run (the rest wait for the next run, least recently signed first).</summary>
public sealed record SignCheckpointsCommand : ICommand<SignedCheckpoints>, IAuthorizedRequest
{
    public const int Batch = 1_000;

    public AccessRequirement RequiredAccess() => AccessRequirement.System;
}
