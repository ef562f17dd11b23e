namespace Deepnote.Application.Audit.Contracts;

/// <param name="FirstBrokenSequence">The first event whose stored hash does not match its recomputed one, or
/// whose position in the chain is not the next one (a deleted or reordered event).</param>
public sealed record ChainVerification(bool Valid, long CheckedEvents, long? FirstBrokenSequence, string? HeadHash);
