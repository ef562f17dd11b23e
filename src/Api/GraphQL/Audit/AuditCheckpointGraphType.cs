using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Audit.Contracts;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Audit;

public sealed class AuditCheckpointGraphType : ObjectGraphType<AuditCheckpoint>
{
    public AuditCheckpointGraphType()
    {
        Name = "AuditCheckpoint";
        Description = "A signed statement of a chain's head, kept outside the database (docs/audit-chain.md).";
        Field<NonNullGraphType<IdGraphType>>("chainId").Resolve(c => c.Source.ChainId);
        Field<NonNullGraphType<LongGraphType>>("position").Resolve(c => c.Source.Position);
        Field(p => p.Hash);
        Field<NonNullGraphType<DateTimeScalar>>("signedAt").Resolve(c => c.Source.SignedAt);
        Field(p => p.KeyId);
        Field(p => p.Algorithm);
        Field(p => p.Signature).Description("Base64 DER ECDSA P-256/SHA-256 signature of the checkpoint's message.");
    }
}
