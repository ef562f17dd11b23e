using Deepnote.Domain.Caching;

namespace Deepnote.Application.Caching.Contracts;

public sealed record CachePolicyDto(CachePolicyMode Mode, int? TtlSeconds);
