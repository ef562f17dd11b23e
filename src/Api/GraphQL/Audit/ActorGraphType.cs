using Deepnote.Application.Audit.Contracts;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Audit;

public sealed class ActorGraphType : ObjectGraphType<AuditActor>
{
    public ActorGraphType()
    {
        Name = "Actor";
        Field<IdGraphType>("id").Description("From the hashed metadata (actorId).").Resolve(c => c.Source.Id);
        Field(a => a.Kind).Description("From the hashed metadata (actorKind), spelled as hashed: User, System or Anonymous.");
        Field(a => a.Email, nullable: true)
            .Description("Looked up now in the current directory, not covered by the hash: null once the person is erased.");
        Field<IdGraphType>("apiTokenId").Description("From the hashed metadata: the API token the actor used, if any.")
            .Resolve(c => c.Source.ApiTokenId);
    }
}
