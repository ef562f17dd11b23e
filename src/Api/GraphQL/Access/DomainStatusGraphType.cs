using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Access;

public sealed class DomainStatusGraphType : EnumerationGraphType
{
    public DomainStatusGraphType()
    {
        Name = "DomainStatus";
        Add("PENDING", false, "Claimed; the TXT record has not been found yet.");
        Add("VERIFIED", true, "Proven: this workspace owns the domain.");
    }
}
