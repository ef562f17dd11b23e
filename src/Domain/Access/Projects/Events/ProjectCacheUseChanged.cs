using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Projects.Events;

/// <summary>The project's "use cache" switch: off, its runs never read or fill the result cache.</summary>
[EventName("ProjectCacheUseChanged")]
public sealed record ProjectCacheUseChanged(ProjectId ProjectId, WorkspaceId WorkspaceId, bool UseCache,
    DateTimeOffset OccurredAt) : IDomainEvent;
