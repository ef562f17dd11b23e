using Deepnote.Application.Access.Contracts;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Access;

public sealed class DomainPayloadGraphType : ObjectGraphType<WorkspaceDomainDto>
{
    public DomainPayloadGraphType()
    {
        Name = "DomainPayload";
        Field<NonNullGraphType<WorkspaceDomainGraphType>>("domain").Resolve(c => c.Source);
    }
}
