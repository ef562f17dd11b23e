using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Access.Authorization.ExplainAccess;
using Deepnote.Domain.SharedKernel;
using global::GraphQL;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Access;

public static class ExplainAccessSchema
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<AccessExplanationGraphType>>("explainAccess")
            .Description("For ADMINs: which layer allows or denies an action for a member, and why. Actions: "
                + string.Join(", ", ExplainAccessQuery.Actions.Keys) + ".")
            .Argument<NonNullGraphType<IdGraphType>>("userId")
            .Argument<NonNullGraphType<IdGraphType>>("resourceId")
            .Argument<NonNullGraphType<StringGraphType>>("action")
            .ResolveAsync(async c => await c.SendAsync(new ExplainAccessQuery(new UserId(c.GetId("userId")),
                c.GetId("resourceId"), c.GetArgument<string>("action"))));
    }
}
