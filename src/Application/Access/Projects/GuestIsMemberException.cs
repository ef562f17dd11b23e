namespace Deepnote.Application.Access.Projects;

public sealed class GuestIsMemberException()
    : Domain.SharedKernel.DomainException("This person is a member of the workspace: share the project with them instead.",
        Domain.SharedKernel.DomainErrorKind.Conflict);
