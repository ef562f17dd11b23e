using Deepnote.Application.Caching.Contracts;
using Deepnote.Application.Abstractions;
using Deepnote.Domain.Execution;
using Deepnote.Application.Caching.Contracts.GetCachePolicy;
using Deepnote.Application.Caching.Contracts.GetCacheSlot;
using Deepnote.Application.Caching.Contracts.InvalidateConnectionCache;
using Deepnote.Application.Caching.Contracts.LookupCachedResult;
using Deepnote.Application.Caching.Contracts.PurgeCacheBelowKeyVersion;
using Deepnote.Application.Caching.Contracts.StoreCachedResult;

namespace Deepnote.Application.Execution.Running;

public sealed record RunOutcome(ExecutionStatus Status, string? ErrorCode, string? ErrorMessage);
