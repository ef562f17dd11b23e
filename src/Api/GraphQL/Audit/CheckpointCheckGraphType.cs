using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Audit.Contracts;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Audit;

public sealed class CheckpointCheckGraphType : ObjectGraphType<CheckpointCheck>
{
    public CheckpointCheckGraphType()
    {
        Name = "CheckpointCheck";
        Description = "The newest signed checkpoint of the chain, and what verification made of it.";
        Field<NonNullGraphType<LongGraphType>>("position").Resolve(c => c.Source.Position);
        Field(p => p.Hash);
        Field<NonNullGraphType<DateTimeScalar>>("signedAt").Resolve(c => c.Source.SignedAt);
        Field(p => p.KeyId);
        Field(p => p.SignatureValid);
        Field(p => p.Matches).Description("Whether the chain has the checkpoint's hash at the checkpoint's position.");
    }
}
