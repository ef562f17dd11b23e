using Deepnote.Application.Audit.Contracts;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Audit;

public sealed class AuditPersonGraphType : ObjectGraphType<AuditPerson>
{
    public AuditPersonGraphType()
    {
        Name = "AuditPerson";
        Description = "Someone the event's data names by id, with their e-mail looked up now in the current directory: "
            + "not covered by the hash, and absent once erased.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The id as the event's data holds it.").Resolve(c => c.Source.Id);
        Field(p => p.Kind).Description("user (an account) or address (an address of the directory, e.g. an invitee's).");
        Field(p => p.Email);
    }
}
