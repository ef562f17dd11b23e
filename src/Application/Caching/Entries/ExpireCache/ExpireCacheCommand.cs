using Deepnote.Application.Common.Authorization;
using Mediator;

namespace Deepnote.Application.Caching.Entries.ExpireCache;

/// <summary>The recurring job: deletes expired entries (lookups already ignore them; this frees the space).</summary>
public sealed record ExpireCacheCommand : ICommand<int>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.System;
}
