namespace Deepnote.Application.Audit.Checkpoints.SignCheckpoints;

/// <summary>What a run signed, and the chains it refused to sign (each with why) for the operator's log.</summary>
public sealed record SignedCheckpoints(int Signed, IReadOnlyList<string> Refused);
