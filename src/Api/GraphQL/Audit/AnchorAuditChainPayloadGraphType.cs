using Deepnote.Application.Audit.Contracts;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Audit;

public sealed class AnchorAuditChainPayloadGraphType : ObjectGraphType<AuditCheckpoint>
{
    public AnchorAuditChainPayloadGraphType()
    {
        Name = "AnchorAuditChainPayload";
        Field<NonNullGraphType<AuditCheckpointGraphType>>("checkpoint").Resolve(c => c.Source);
    }
}
