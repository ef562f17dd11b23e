using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Common.Authorization;

public sealed record ConnectionRequirement(ConnectionId Connection, ConnectionUse Use) : AccessRequirement
{
    public override Guid? Target => Connection.Value;
}
