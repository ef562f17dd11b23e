namespace Deepnote.Worker.Protocol;

/// <summary>What a worker sees of itself: sent once when it starts (the API refuses a worker running as root or
/// holding a capability) and again for a probe.</summary>
/// <param name="EffectiveCapabilities">The <c>CapEff</c> mask of /proc/self/status, in hex.</param>
/// <param name="Environment">The names of its environment variables.</param>
/// <param name="Visible">Of the probed paths, those that exist for it.</param>
public sealed record SandboxReport(int Uid, string EffectiveCapabilities, IReadOnlyList<string> Environment,
    IReadOnlyList<string> Visible)
{
    public bool Confined => Uid != 0 && EffectiveCapabilities.Trim('0').Length == 0;
}
