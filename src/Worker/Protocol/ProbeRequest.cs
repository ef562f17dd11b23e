namespace Deepnote.Worker.Protocol;

/// <summary>Asks a worker which of these paths it can see (the sandbox's self-check; answered by a
/// <see cref="SandboxReport"/> frame).</summary>
public sealed record ProbeRequest(IReadOnlyList<string> Paths);
