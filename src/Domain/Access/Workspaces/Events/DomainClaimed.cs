using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Workspaces.Events;

/// <summary>A workspace says an e-mail domain is its own; it owns it only once <see cref="DomainVerified"/>. The
/// token is public by design: it is what the domain's DNS must publish.</summary>
[EventName("DomainClaimed")]
public sealed record DomainClaimed(WorkspaceId WorkspaceId, string Domain, string VerificationToken, UserId ClaimedBy,
    DateTimeOffset OccurredAt) : IDomainEvent;
