using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Projects.Events;

public sealed record ProjectDeleted(ProjectId ProjectId, WorkspaceId WorkspaceId, DateTimeOffset OccurredAt) : IDomainEvent;
