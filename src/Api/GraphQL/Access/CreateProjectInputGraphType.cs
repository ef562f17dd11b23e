using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Access.Projects;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using global::GraphQL;
using global::GraphQL.Types;
using static Deepnote.Api.GraphQL.Common.ResolveContextExtensions;

namespace Deepnote.Api.GraphQL.Access;

public sealed class CreateProjectInputGraphType : InputObjectGraphType<CreateProjectInput>
{
    public CreateProjectInputGraphType()
    {
        Name = "CreateProjectInput";
        Field<NonNullGraphType<IdGraphType>>("workspaceId");
        Field(i => i.Name);
        Field<ProjectAccessGraphType>("defaultAccess").Description("For members without a share of their own; default VIEW.");
    }
}
