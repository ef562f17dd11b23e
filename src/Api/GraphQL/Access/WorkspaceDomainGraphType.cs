using Deepnote.Application.Access.Contracts;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Access;

public sealed class WorkspaceDomainGraphType : ObjectGraphType<WorkspaceDomainDto>
{
    public WorkspaceDomainGraphType()
    {
        Name = "WorkspaceDomain";
        Field<NonNullGraphType<StringGraphType>>("domain").Resolve(c => c.Source.Domain);
        Field<NonNullGraphType<DomainStatusGraphType>>("status").Resolve(c => c.Source.Verified);
        Field<NonNullGraphType<StringGraphType>>("txtRecordName")
            .Description("Where to publish the TXT record (the bare domain is accepted as well).").Resolve(c => c.Source.TxtRecordName);
        Field<NonNullGraphType<StringGraphType>>("txtRecordValue").Resolve(c => c.Source.TxtRecordValue);
        Field<NonNullGraphType<Common.DateTimeScalar>>("claimedAt").Resolve(c => c.Source.ClaimedAt);
        Field<Common.DateTimeScalar>("verifiedAt").Resolve(c => c.Source.VerifiedAt);
    }
}
