using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Access.Projects;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using global::GraphQL;
using global::GraphQL.Types;
using static Deepnote.Api.GraphQL.Common.ResolveContextExtensions;

namespace Deepnote.Api.GraphQL.Access;

public sealed class ShareProjectInputGraphType : InputObjectGraphType<ShareProjectInput>
{
    public ShareProjectInputGraphType()
    {
        Name = "ShareProjectInput";
        Field<NonNullGraphType<IdGraphType>>("projectId");
        Field<NonNullGraphType<IdGraphType>>("userId");
        Field<NonNullGraphType<ProjectAccessGraphType>>("access");
    }
}
