using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Workspaces.Events;

/// <summary>Ownership proven: by a DNS TXT record (<c>dns</c>) or named by the operator (<c>operator</c>).
/// <paramref name="VerifiedBy"/> is null when the operator's setting did it.</summary>
[EventName("DomainVerified")]
public sealed record DomainVerified(WorkspaceId WorkspaceId, string Domain, string Method, UserId? VerifiedBy,
    DateTimeOffset OccurredAt) : IDomainEvent;
