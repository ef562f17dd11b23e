using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Access.Projects;

public sealed record ProjectShareDto(UserId UserId, string Email, ProjectAccess Access);
