using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Identity.ApiTokens.CreateApiToken;
using Deepnote.Application.Identity.ApiTokens.RevokeApiToken;
using Deepnote.Domain.SharedKernel;
using global::GraphQL.Types;
using static Deepnote.Api.GraphQL.Common.ResolveContextExtensions;

namespace Deepnote.Api.GraphQL.Identity;

/// <summary>API tokens for integrators: a token acts as its owner, in one workspace, until it expires or is revoked.</summary>
public static class ApiTokenSchema
{
    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Mutate<CreateApiTokenPayloadGraphType, CreateApiTokenInputGraphType, CreateApiTokenInput>("createApiToken", async (c, input) =>
            {
                return await c.SendAsync(new CreateApiTokenCommand(new WorkspaceId(ParseId(input.WorkspaceId, "workspaceId")),
                    input.Name, input.ExpiresInDays));
            });

        mutation.Field("revokeApiToken", MutationFields.IdPayload("RevokeApiTokenPayload", "revokedApiTokenId"))
            .Description("The token's owner or an ADMIN of its workspace.")
            .Input("RevokeApiTokenInput", i => i.Required<IdGraphType>("apiTokenId"))
            .ResolveAsync(async c =>
            {
                var id = new ApiTokenId(c.Input().Id("apiTokenId"));
                await c.SendAsync(new RevokeApiTokenCommand(id));
                return id.Value;
            });
    }
}
