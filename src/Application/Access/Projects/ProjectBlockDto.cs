using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Access.Projects;

public sealed record ProjectBlockDto(BlockId Id, ConnectionId ConnectionId, string Sql, int Position);
