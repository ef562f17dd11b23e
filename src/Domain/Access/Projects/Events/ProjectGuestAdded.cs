using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Projects.Events;

/// <summary>A guest: a person given access to this one project, without a role in its workspace.</summary>
[EventName("ProjectGuestAdded")]
public sealed record ProjectGuestAdded(ProjectId ProjectId, WorkspaceId WorkspaceId, UserId UserId, ProjectAccess Access,
    UserId AddedBy, DateTimeOffset OccurredAt) : IDomainEvent;
