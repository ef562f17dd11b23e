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
        Field<NonNullGraphType<LongGraphType>>("headPosition").Resolve(c => c.Source.HeadPosition);
        Field<CheckpointCheckGraphType>("checkpoint").Description("The newest signed checkpoint; null when none was signed yet.")
            .Resolve(c => c.Source.Checkpoint);
        Field<NonNullGraphType<LongGraphType>>("unanchoredEvents")
            .Description("Events after the newest valid checkpoint: intact as far as the database shows, not yet signed.")
            .Resolve(c => c.Source.UnanchoredEvents);
        Field(v => v.Problem, nullable: true).Description("Why the chain is not valid, in words.");
    }
}
