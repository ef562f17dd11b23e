using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access.Events;

namespace Deepnote.Application.Behaviors;

/// <summary>The per-actor cap on denials (one per node, in memory): within a window, an actor adds at most
/// <see cref="DenialLimits.PerActorPerWindow"/> <see cref="AccessDenied"/> events to a chain; further denials are
/// counted and become one <see cref="AccessDeniedSuppressed"/> when the window has ended.</summary>
public sealed class DenialThrottle(DenialLimits limits)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(Guid Chain, Guid? User, string? Address), Window> _windows = [];
    private readonly List<SuppressedDenials> _unwritten = [];

    /// <summary>Whether this denial is recorded. <paramref name="closed"/>: the actor's previous window in this chain,
    /// when it ended with suppressed denials that must be summarised first.</summary>
    public bool Admit(Guid chain, Guid? user, string? address, int count, DateTimeOffset now, out SuppressedDenials? closed)
    {
        closed = null;
        var key = (chain, user, user is null ? address : null);
        lock (_gate)
        {
            if (_windows.TryGetValue(key, out var window) && now - window.Start >= limits.Window)
            {
                _windows.Remove(key);
                closed = window.Summary(key.chain, key.user, key.Item3);
                window = null;
            }

            if (window is null)
            {
                if (_windows.Count >= limits.TrackedActors) return true; // never record less for want of memory
                window = new Window(now);
                _windows[key] = window;
            }

            if (window.Recorded < limits.PerActorPerWindow)
            {
                window.Recorded++;
                return true;
            }

            window.Suppressed += count;
            window.LastSuppressed = now;
            return false;
        }
    }

    /// <summary>Removes the windows that have ended (all of them when <paramref name="all"/>: the host is stopping)
    /// and returns those that suppressed something.</summary>
    public IReadOnlyList<SuppressedDenials> TakeEnded(DateTimeOffset now, bool all = false)
    {
        List<SuppressedDenials> ended = [];
        lock (_gate)
        {
            ended.AddRange(_unwritten);
            _unwritten.Clear();
            foreach (var (key, window) in _windows.Where(w => all || now - w.Value.Start >= limits.Window).ToList())
            {
                _windows.Remove(key);
                if (window.Summary(key.Chain, key.User, key.Address) is { } summary) ended.Add(summary);
            }
        }

        return ended;
    }

    /// <summary>Gives back summaries that could not be written, for the next <see cref="TakeEnded"/>.</summary>
    public void Return(IEnumerable<SuppressedDenials> unwritten)
    {
        lock (_gate) _unwritten.AddRange(unwritten);
    }

    private sealed class Window(DateTimeOffset start)
    {
        public DateTimeOffset Start { get; } = start;

        public int Recorded { get; set; }

        public int Suppressed { get; set; }

        public DateTimeOffset LastSuppressed { get; set; }

        public SuppressedDenials? Summary(Guid chain, Guid? user, string? address) => Suppressed == 0
            ? null
            : new SuppressedDenials(chain, user, address, Suppressed, Start, LastSuppressed);
    }
}
