using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Audit.Contracts;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Audit;

public sealed class AuditEventGraphType : ObjectGraphType<AuditEventDto>
{
    public AuditEventGraphType()
    {
        Name = "AuditEvent";
        Field<NonNullGraphType<LongGraphType>>("sequence").Resolve(c => c.Source.Sequence);
        Field(e => e.Type);
        Field<NonNullGraphType<DateTimeScalar>>("recordedAt").Resolve(c => c.Source.RecordedAt);
        Field<ActorGraphType>("actor").Resolve(c => c.Source.Actor);
        Field<NonNullGraphType<IdGraphType>>("streamId").Resolve(c => c.Source.StreamId);
        Field<NonNullGraphType<LongGraphType>>("streamVersion").Resolve(c => c.Source.StreamVersion);
        Field<NonNullGraphType<JsonScalar>>("data").Resolve(c => c.Source.Data);
        Field(e => e.IpAddress, nullable: true);
        Field(e => e.UserAgent, nullable: true);
        Field(e => e.CorrelationId, nullable: true);
        Field(e => e.Hash);
        Field(e => e.PreviousHash);
    }
}
