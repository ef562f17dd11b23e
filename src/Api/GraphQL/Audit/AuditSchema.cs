using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Audit.Contracts;
using Deepnote.Application.Audit.GetAuditEvents;
using Deepnote.Application.Audit.VerifyAuditChain;
using Deepnote.Domain.SharedKernel;
using global::GraphQL;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Audit;

/// <summary>The audit module's fields: the log, filtered and paged, and chain verification.</summary>
public static class AuditSchema
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionGraphType<AuditEventGraphType, AuditEventDto>>>("auditEvents")
            .Description("A workspace's audit log, newest first. ADMIN and AUDITOR only.")
            .Argument<NonNullGraphType<IdGraphType>>("workspaceId")
            .Argument<AuditFilterGraphType>("filter")
            .Paged()
            .ResolveAsync(async c =>
            {
                var filter = c.GetArgument<AuditFilterInput?>("filter");
                return await c.SendAsync(new GetAuditEventsQuery(new WorkspaceId(c.GetId("workspaceId")),
                    filter?.ToFilter() ?? AuditFilter.None, c.GetArgument<int?>("first"), c.GetArgument<string?>("after")));
            });

        query.Field<NonNullGraphType<AuditVerificationGraphType>>("verifyAuditChain")
            .Argument<NonNullGraphType<IdGraphType>>("workspaceId")
            .ResolveAsync(async c =>
                await c.SendAsync(new VerifyAuditChainQuery(new WorkspaceId(c.GetId("workspaceId")))));
    }
}

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

public sealed class ActorGraphType : ObjectGraphType<AuditActor>
{
    public ActorGraphType()
    {
        Name = "Actor";
        Field<IdGraphType>("id").Resolve(c => c.Source.Id);
        Field(a => a.Kind).Description("USER, SYSTEM or ANONYMOUS.");
        Field(a => a.Email, nullable: true);
        Field<IdGraphType>("apiTokenId").Description("The API token the actor used, if any.").Resolve(c => c.Source.ApiTokenId);
    }
}

public sealed class AuditVerificationGraphType : ObjectGraphType<ChainVerification>
{
    public AuditVerificationGraphType()
    {
        Name = "AuditVerification";
        Field(v => v.Valid);
        Field<NonNullGraphType<LongGraphType>>("checkedEvents").Resolve(c => c.Source.CheckedEvents);
        Field<LongGraphType>("firstBrokenSequence").Resolve(c => c.Source.FirstBrokenSequence);
        Field(v => v.HeadHash, nullable: true);
    }
}

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

public sealed class AuditFilterGraphType : InputObjectGraphType<AuditFilterInput>
{
    public AuditFilterGraphType()
    {
        Name = "AuditFilter";
        Field<IdGraphType>("actorId");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("types");
        Field<IdGraphType>("streamId");
        Field<DateTimeScalar>("from");
        Field<DateTimeScalar>("to");
    }
}
