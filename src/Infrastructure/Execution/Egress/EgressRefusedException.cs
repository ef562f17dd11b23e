namespace Deepnote.Infrastructure.Execution.Egress;

/// <summary>A destination the egress policy refused. The reason is for the log; people see a fixed sentence.</summary>
public sealed class EgressRefusedException(string reason) : Exception($"Egress refused: {reason}.");
