using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Caching.Contracts.LookupCachedResult;

/// <summary>The plaintext of a live entry, or null. The caller must already have authorised the actor for this
/// connection in this request; an entry that no longer opens (key destroyed, altered) is removed and is a miss.</summary>
public sealed record LookupCachedResultQuery(WorkspaceId WorkspaceId, byte[] Key) : IQuery<byte[]?>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;
}
