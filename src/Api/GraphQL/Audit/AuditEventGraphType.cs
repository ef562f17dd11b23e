using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Audit.Contracts;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Audit;

/// <summary>Every field but <c>actor.email</c> is read from what the event's hash covers (docs/audit-chain.md).</summary>
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
        Field<NonNullGraphType<IdGraphType>>("chainId").Resolve(c => c.Source.ChainId);
        Field<NonNullGraphType<LongGraphType>>("chainPosition").Resolve(c => c.Source.ChainPosition);
        Field<NonNullGraphType<IntGraphType>>("envelope").Description("The envelope version the hash covers (0 or 1).")
            .Resolve(c => c.Source.Envelope);
        Field<JsonScalar>("metadata").Description("The hashed metadata exactly as stored: actorId, actorKind, apiTokenId, correlationId, ipAddress, userAgent.")
            .Resolve(c => c.Source.Metadata);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditPersonGraphType>>>>("people")
            .Description("The accounts and addresses the data names by id, resolved now (not covered by the hash). "
                + "Events name people by id only, so that an address can be erased without breaking the chain.")
            .Resolve(c => c.Source.People ?? []);
    }
}
