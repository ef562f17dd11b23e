using Deepnote.Application.Abstractions;
using Deepnote.Application.Caching.Contracts;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Vault.Ports;
using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Keys;
using Mediator;
using Deepnote.Application.Caching.Contracts.GetCachePolicy;
using Deepnote.Application.Caching.Contracts.GetCacheSlot;
using Deepnote.Application.Caching.Contracts.InvalidateConnectionCache;
using Deepnote.Application.Caching.Contracts.LookupCachedResult;
using Deepnote.Application.Caching.Contracts.PurgeCacheBelowKeyVersion;
using Deepnote.Application.Caching.Contracts.StoreCachedResult;

namespace Deepnote.Application.Vault.Keys.RunKeyRotation;

/// <summary>The background part of a rotation: re-wrap, then record completion. Safe to run again after a crash:
/// what was re-wrapped stays re-wrapped and is skipped.</summary>
public sealed record RunKeyRotationCommand(WorkspaceId WorkspaceId, Guid RotationId) : ICommand<long>,
    IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.System;
}
