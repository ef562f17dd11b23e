using System.Collections.Concurrent;

namespace Deepnote.Infrastructure.Execution.Egress;

/// <summary>The ports this node listens on, filled in by the host once it has bound them.</summary>
public sealed class OwnPorts
{
    private readonly ConcurrentDictionary<int, bool> _ports = new();

    public void Add(int port) => _ports.TryAdd(port, true);

    public bool Contains(int port) => _ports.ContainsKey(port);
}
