using Deepnote.Application.Abstractions;
using Deepnote.Domain.Access.Events;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Behaviors;

/// <summary>Records the denials of one request in the targeted workspace's chain (the platform's when the target
/// does not exist). Inside a GraphQL request (<see cref="BeginRequest"/>) they are collected and written once per
/// chain, target and operation with a count when the request ends (<see cref="FlushAsync"/>), so 300 aliases of
/// one denied field are one event; outside one, each is written at once. Either way the per-actor cap applies.</summary>
public sealed class DenialLog(IEventStore events, DenialThrottle throttle, ICurrentActor actor, TimeProvider clock)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(Guid Chain, Guid? Target, string Operation), Denial> _pending = [];
    private bool _collecting;

    /// <summary>From now on, denials wait for <see cref="FlushAsync"/>.</summary>
    public void BeginRequest() => _collecting = true;

    public async Task RecordAsync(string operation, string reason, Guid? workspace, Guid? target, CancellationToken ct)
    {
        var chain = workspace ?? AuditChains.Platform;
        if (!_collecting)
        {
            await AppendAsync(chain, new Denial(operation, reason, workspace, target, 1), ct);
            return;
        }

        lock (_gate) // a query's fields resolve in parallel
        {
            var key = (chain, target, operation);
            _pending[key] = _pending.TryGetValue(key, out var seen)
                ? seen with { Count = seen.Count + 1 }
                : new Denial(operation, reason, workspace, target, 1);
        }
    }

    /// <summary>Writes the collected denials; a failure propagates so that the caller refuses the response.</summary>
    public async Task FlushAsync(CancellationToken ct)
    {
        List<KeyValuePair<(Guid Chain, Guid? Target, string Operation), Denial>> pending;
        lock (_gate)
        {
            pending = [.. _pending];
            _pending.Clear();
        }

        foreach (var (key, denial) in pending) await AppendAsync(key.Chain, denial, ct);
    }

    private async Task AppendAsync(Guid chain, Denial denial, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var user = actor.UserId?.Value;
        var recorded = throttle.Admit(chain, user, user is null ? actor.IpAddress : null, denial.Count, now, out var closed);
        if (closed is not null)
        {
            try
            {
                await events.AppendStandaloneAsync(SecurityStream.For(chain, now), chain, closed.ToEvent(now), ct);
            }
            catch
            {
                throttle.Return([closed]); // the recorder tries again; a summary is never dropped
                throw;
            }
        }

        if (recorded)
        {
            await events.AppendStandaloneAsync(SecurityStream.For(chain, now), chain, new AccessDenied(denial.Operation,
                denial.Reason, denial.Workspace, now, denial.Target, denial.Count), ct);
        }
    }

    private sealed record Denial(string Operation, string Reason, Guid? Workspace, Guid? Target, int Count);
}
