namespace Deepnote.Application.Audit.Contracts;

/// <param name="FirstBrokenSequence">The first event whose stored hash does not match its recomputed one, or
/// whose position in the chain is not the next one (a deleted or reordered event).</param>
/// <param name="Checkpoint">The newest signed checkpoint found outside the database; null when none was signed yet.</param>
/// <param name="UnanchoredEvents">Events after the newest valid checkpoint: intact as far as the database shows, but
/// not yet covered by a signature (a cut of these with a rewound head would not show).</param>
/// <param name="Problem">Why the chain is not valid, in words; null when it is.</param>
public sealed record ChainVerification(bool Valid, long CheckedEvents, long? FirstBrokenSequence, string? HeadHash,
    long HeadPosition = 0, CheckpointCheck? Checkpoint = null, long UnanchoredEvents = 0, string? Problem = null);
