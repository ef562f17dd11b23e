using Deepnote.Application.Audit.Contracts;
using global::GraphQL.Types;

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
