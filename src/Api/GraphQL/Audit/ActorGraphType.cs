using Deepnote.Application.Audit.Contracts;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Audit;

public sealed class ActorGraphType : ObjectGraphType<AuditActor>
{
    public ActorGraphType()
    {
        Name = "Actor";
        Field<IdGraphType>("id").Resolve(c => c.Source.Id);
        Field(a => a.Kind).Description("USER, SYSTEM or ANONYMOUS.");
        Field(a => a.Email, nullable: true);
        Field<IdGraphType>("apiTokenId").Description("The API token the actor used, if any.").Resolve(c => c.Source.ApiTokenId);
    }
}
