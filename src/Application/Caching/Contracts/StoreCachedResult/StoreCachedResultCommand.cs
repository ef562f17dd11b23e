using Deepnote.Application.Abstractions;
using Deepnote.Application.Caching.Ports;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Vault.Contracts;
using Deepnote.Domain.Caching;
using Deepnote.Domain.SharedKernel;
using Mediator;
using Deepnote.Application.Caching.Contracts.GetCachePolicy;
using Deepnote.Application.Caching.Contracts.GetCacheSlot;
using Deepnote.Application.Caching.Contracts.InvalidateConnectionCache;
using Deepnote.Application.Caching.Contracts.LookupCachedResult;
using Deepnote.Application.Caching.Contracts.PurgeCacheBelowKeyVersion;
using Deepnote.Application.Vault.Contracts.FindFilesNamedIn;
using Deepnote.Application.Vault.Contracts.GetConnectionProfile;
using Deepnote.Application.Vault.Contracts.OpenBlob;
using Deepnote.Application.Vault.Contracts.OpenQueryFiles;
using Deepnote.Application.Vault.Contracts.OpenSecret;
using Deepnote.Application.Vault.Contracts.SealBlob;
using Deepnote.Application.Vault.Contracts.SealSecret;
using Deepnote.Application.Vault.Contracts.UnwrapCredentials;

namespace Deepnote.Application.Caching.Contracts.StoreCachedResult;

/// <summary>Seals a result under the workspace key and stores it until its TTL ends.</summary>
/// <param name="ReadAt">When the rows were read: if the connection's cache was emptied (or switched off) since, the
/// result is not stored, so nothing read before an invalidation comes back after it.</param>
public sealed record StoreCachedResultCommand(WorkspaceId WorkspaceId, ConnectionId ConnectionId, byte[] Key,
    byte[] Payload, int TtlSeconds, DateTimeOffset ReadAt) : ICommand<bool>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;

    public override string ToString() => $"{nameof(StoreCachedResultCommand)} {{ {ConnectionId}, {Payload.Length} bytes }}";
}
