using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Projects;

public sealed class ProjectDeletedException(ProjectId id)
    : DomainException("This project has been deleted.", DomainErrorKind.NotFound)
{
    /// <summary>For the log; the message names no id.</summary>
    public ProjectId ProjectId { get; } = id;
}
