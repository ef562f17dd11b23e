using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Access.Projects;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using global::GraphQL;
using global::GraphQL.Types;
using static Deepnote.Api.GraphQL.Common.ResolveContextExtensions;

namespace Deepnote.Api.GraphQL.Access;

public sealed class ShareProjectInput
{
    public string ProjectId { get; set; } = "";

    public string UserId { get; set; } = "";

    public ProjectAccess Access { get; set; }
}
