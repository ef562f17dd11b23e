using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Projects;

public sealed class ProjectDeletedException(ProjectId id)
    : DomainException($"Project {id} has been deleted.", DomainErrorKind.NotFound);
