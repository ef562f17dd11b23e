using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Audit.Contracts;

namespace Deepnote.Api.GraphQL.Audit;

public sealed class AuditFilterInput
{
    public string? ActorId { get; set; }

    public List<string>? Types { get; set; }

    public string? StreamId { get; set; }

    public DateTimeOffset? From { get; set; }

    public DateTimeOffset? To { get; set; }

    public AuditFilter ToFilter() => new(
        ActorId is null ? null : ResolveContextExtensions.ParseId(ActorId, "filter.actorId"), Types,
        StreamId is null ? null : ResolveContextExtensions.ParseId(StreamId, "filter.streamId"), From, To);
}
