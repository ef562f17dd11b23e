using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Access.Contracts;

public sealed record WorkspaceDto(WorkspaceId Id, string Name, DateTimeOffset CreatedAt, WorkspaceRole? MyRole);
