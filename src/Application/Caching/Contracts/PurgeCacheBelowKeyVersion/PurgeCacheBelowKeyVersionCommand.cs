using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Caching.Contracts.PurgeCacheBelowKeyVersion;

/// <summary>After a workspace key rotation: entries under older versions are dropped rather than re-wrapped
/// (they are only a cache).</summary>
public sealed record PurgeCacheBelowKeyVersionCommand(WorkspaceId WorkspaceId, int KeyVersion) : ICommand<int>,
    IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;
}
