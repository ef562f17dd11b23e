using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Projects;

public sealed record SqlBlock(BlockId Id, ConnectionId ConnectionId, string Sql);
