using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Audit.Contracts;
using Deepnote.Domain.SharedKernel;
using global::GraphQL;
using global::GraphQL.Types;
using Deepnote.Application.Audit.Chains.VerifyAuditChain;
using Deepnote.Application.Audit.Events.GetAuditEvents;

namespace Deepnote.Api.GraphQL.Audit;

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
