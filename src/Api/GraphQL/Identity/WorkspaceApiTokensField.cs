using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Identity.Contracts;
using global::GraphQL;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Identity;

/// <summary>Workspace.apiTokens, added to the access module's Workspace type.</summary>
public sealed class WorkspaceApiTokensField : IObjectTypeExtension<Access.WorkspaceGraphType>
{
    public void Extend(Access.WorkspaceGraphType workspace) =>
        workspace.Field<NonNullGraphType<ConnectionGraphType<ApiTokenGraphType, ApiTokenDto>>>("apiTokens")
            .Description("API tokens: an ADMIN sees every member's, others their own.")
            .Paged()
            .ResolveAsync(async c => await c.SendAsync(new Application.Identity.ApiTokens.ListApiTokens.ListApiTokensQuery(c.Source.Id,
                c.GetArgument<int?>("first"), c.GetArgument<string?>("after"))));
}
