using Deepnote.Domain.SharedKernel;

namespace Deepnote.Api.GraphQL.Caching;

public sealed record InvalidateCachePayload(int RemovedEntries, ConnectionId ConnectionId);
