using Deepnote.Api.GraphQL.Access;
using Deepnote.Api.GraphQL.Audit;
using Deepnote.Api.GraphQL.Caching;
using Deepnote.Api.GraphQL.Execution;
using Deepnote.Api.GraphQL.Identity;
using Deepnote.Api.GraphQL.Vault;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL;

/// <summary>The schema: each module adds its own fields to the root types. Resolvers only translate to mediator
/// requests; authorization happens in the pipeline, never here.</summary>
public sealed class DeepnoteSchema : Schema
{
    public DeepnoteSchema(IServiceProvider services) : base(services)
    {
        var query = new ObjectGraphType { Name = "Query" };
        IdentitySchema.AddQueries(query);
        AccessSchema.AddQueries(query);
        ProjectSchema.AddQueries(query);
        ExplainAccessSchema.AddQueries(query);
        AuditSchema.AddQueries(query);
        ConnectionSchema.AddQueries(query);
        ExecutionSchema.AddQueries(query);
        Query = query;

        var mutation = new ObjectGraphType { Name = "Mutation" };
        IdentitySchema.AddMutations(mutation);
        AuditSchema.AddMutations(mutation);
        ApiTokenSchema.AddMutations(mutation);
        AccessSchema.AddMutations(mutation);
        ProjectSchema.AddMutations(mutation);
        SqlBlockSchema.AddMutations(mutation);
        SsoSchema.AddMutations(mutation);
        DomainSchema.AddMutations(mutation);
        InvitationSchema.AddMutations(mutation);
        ConnectionSchema.AddMutations(mutation);
        GrantSchema.AddMutations(mutation);
        WorkspaceKeySchema.AddMutations(mutation);
        ExecutionSchema.AddMutations(mutation);
        CachingSchema.AddMutations(mutation);
        Mutation = mutation;
    }
}
