using System.Collections;
using Deepnote.Worker.Protocol;

namespace Deepnote.Worker.Sandbox;

/// <summary>What the worker sees of itself, from /proc/self/status and its environment.</summary>
public static class SelfCheck
{
    public static SandboxReport Report(IReadOnlyList<string> probe)
    {
        var status = File.ReadAllLines("/proc/self/status");
        string Field(string name) => status.First(l => l.StartsWith(name + ":", StringComparison.Ordinal))
            .Split(':', 2)[1].Trim();
        var uid = int.Parse(Field("Uid").Split('\t', StringSplitOptions.RemoveEmptyEntries)[1],
            System.Globalization.CultureInfo.InvariantCulture);
        var environment = Environment.GetEnvironmentVariables().Cast<DictionaryEntry>().Select(e => (string)e.Key)
            .Order(StringComparer.Ordinal).ToList();
        var visible = probe.Where(p => File.Exists(p) || Directory.Exists(p)).ToList();
        return new SandboxReport(uid, Field("CapEff"), environment, visible);
    }
}
