using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Audit.Chains.VerifyAuditChain;
using Deepnote.Application.Audit.Checkpoints.AnchorAuditChain;
using Deepnote.Application.Audit.Contracts;
using Deepnote.Application.Audit.Events.GetAuditActivity;
using Deepnote.Application.Audit.Events.GetAuditEvent;
using Deepnote.Application.Audit.Events.GetAuditEvents;
using Deepnote.Application.Audit.Events.ListAuditEventTypes;
using Deepnote.Domain.SharedKernel;
using global::GraphQL;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Audit;

/// <summary>The audit module's fields: the log, filtered and paged, its activity per day, and chain verification.</summary>
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

        query.Field<AuditEventGraphType>("auditEvent")
            .Description("One event of a workspace's log by its sequence number, for a link to it; null when this "
                + "workspace's log has none with that number. ADMIN and AUDITOR only.")
            .Argument<NonNullGraphType<IdGraphType>>("workspaceId")
            .Argument<NonNullGraphType<LongGraphType>>("sequence")
            .ResolveAsync(async c => await c.SendAsync(new GetAuditEventQuery(new WorkspaceId(c.GetId("workspaceId")),
                c.GetArgument<long>("sequence"))));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditEventTypeGroupGraphType>>>>("auditEventTypes")
            .Description("Every event type the log can hold, grouped by module: the choices of `auditEvents`' type filter. "
                + "ADMIN and AUDITOR only.")
            .Argument<NonNullGraphType<IdGraphType>>("workspaceId")
            .ResolveAsync(async c => await c.SendAsync(new ListAuditEventTypesQuery(new WorkspaceId(c.GetId("workspaceId")))));

        query.Field<NonNullGraphType<AuditActivityGraphType>>("auditActivity")
            .Description("How many events of each type a workspace's log received per day (UTC). ADMIN and AUDITOR only.")
            .Argument<NonNullGraphType<IdGraphType>>("workspaceId")
            .Argument<IntGraphType>("days", "The last N days, today included: 1 to 366 (default 30).")
            .ResolveAsync(async c => await c.SendAsync(new GetAuditActivityQuery(new WorkspaceId(c.GetId("workspaceId")),
                c.GetArgument("days", 30))));

        query.Field<NonNullGraphType<AuditVerificationGraphType>>("verifyAuditChain")
            .Description("Recomputes the workspace's chain and checks it against its newest signed checkpoint. ADMIN and AUDITOR only.")
            .Argument<NonNullGraphType<IdGraphType>>("workspaceId")
            .ResolveAsync(async c =>
                await c.SendAsync(new VerifyAuditChainQuery(new WorkspaceId(c.GetId("workspaceId")))));
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<AnchorAuditChainPayloadGraphType>>("anchorAuditChain")
            .Description("Signs the workspace chain's head now (it is signed every minute anyway). ADMIN and AUDITOR only.")
            .Input("AnchorAuditChainInput", i => i.Required<IdGraphType>("workspaceId"))
            .ResolveAsync(async c =>
                await c.SendAsync(new AnchorAuditChainCommand(new WorkspaceId(c.Input().Id("workspaceId")))));
    }
}
