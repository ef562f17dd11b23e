using Deepnote.Application.Abstractions;
using Deepnote.Application.Caching.Ports;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Vault.Contracts;
using Deepnote.Domain.Caching;
using Deepnote.Domain.SharedKernel;
using Mediator;
using Deepnote.Application.Caching.Contracts.GetCacheSlot;
using Deepnote.Application.Caching.Contracts.InvalidateConnectionCache;
using Deepnote.Application.Caching.Contracts.LookupCachedResult;
using Deepnote.Application.Caching.Contracts.PurgeCacheBelowKeyVersion;
using Deepnote.Application.Caching.Contracts.StoreCachedResult;
using Deepnote.Application.Vault.Contracts.FindFilesNamedIn;
using Deepnote.Application.Vault.Contracts.GetConnectionProfile;
using Deepnote.Application.Vault.Contracts.OpenBlob;
using Deepnote.Application.Vault.Contracts.OpenQueryFiles;
using Deepnote.Application.Vault.Contracts.OpenSecret;
using Deepnote.Application.Vault.Contracts.SealBlob;
using Deepnote.Application.Vault.Contracts.SealSecret;
using Deepnote.Application.Vault.Contracts.UnwrapCredentials;

namespace Deepnote.Application.Caching.Contracts.GetCachePolicy;

/// <summary>A connection's cache policy (OFF unless an ADMIN set one).</summary>
public sealed record GetCachePolicyQuery(ConnectionId ConnectionId) : IQuery<CachePolicyDto>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;
}
