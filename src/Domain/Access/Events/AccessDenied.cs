using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Events;

/// <summary>An attempt the authorization policy refused. The actor is in the event's metadata. One request that
/// tries the same operation on the same target several times (GraphQL aliases) is one event with a
/// <paramref name="Count"/>; <paramref name="TargetId"/> is the resource that was asked for (null for older events).</summary>
[EventName("AccessDenied")]
public sealed record AccessDenied(string Operation, string Reason, Guid? WorkspaceId, DateTimeOffset OccurredAt,
    Guid? TargetId = null, int Count = 1) : IDomainEvent;
