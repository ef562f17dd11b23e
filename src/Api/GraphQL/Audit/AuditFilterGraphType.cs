using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Audit.Contracts;
using Deepnote.Domain.SharedKernel;
using global::GraphQL;
using global::GraphQL.Types;
using Deepnote.Application.Audit.Chains.VerifyAuditChain;
using Deepnote.Application.Audit.Events.GetAuditEvents;

namespace Deepnote.Api.GraphQL.Audit;

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
