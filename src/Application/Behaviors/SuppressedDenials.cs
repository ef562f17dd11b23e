using Deepnote.Domain.Access.Events;

namespace Deepnote.Application.Behaviors;

/// <summary>What one actor's window of suppressed denials in one chain adds up to.</summary>
public sealed record SuppressedDenials(Guid Chain, Guid? User, string? Address, int Count, DateTimeOffset From,
    DateTimeOffset To)
{
    public AccessDeniedSuppressed ToEvent(DateTimeOffset now) => new(User, Address, Count, From, To, now);
}
