using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Identity.ApiTokens;
using Deepnote.Application.Identity.Contracts;
using Deepnote.Domain.SharedKernel;
using global::GraphQL;
using global::GraphQL.Types;
using static Deepnote.Api.GraphQL.Common.ResolveContextExtensions;

namespace Deepnote.Api.GraphQL.Identity;

public sealed class ApiTokenGraphType : ObjectGraphType<ApiTokenDto>
{
    public ApiTokenGraphType()
    {
        Name = "ApiToken";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id.Value);
        Field(t => t.Name);
        Field<NonNullGraphType<IdGraphType>>("ownerId").Resolve(c => c.Source.OwnerId.Value);
        Field(t => t.OwnerEmail);
        Field<NonNullGraphType<DateTimeScalar>>("createdAt").Resolve(c => c.Source.CreatedAt);
        Field<NonNullGraphType<DateTimeScalar>>("expiresAt").Resolve(c => c.Source.ExpiresAt);
        Field<DateTimeScalar>("lastUsedAt").Resolve(c => c.Source.LastUsedAt);
        Field<DateTimeScalar>("revokedAt").Resolve(c => c.Source.RevokedAt);
    }
}

public sealed class CreateApiTokenPayloadGraphType : ObjectGraphType<CreatedApiToken>
{
    public CreateApiTokenPayloadGraphType()
    {
        Name = "CreateApiTokenPayload";
        Field<NonNullGraphType<StringGraphType>>("token").Resolve(c => c.Source.Secret).Description("The secret, shown this once: send it as `Authorization: Bearer <token>`.");
        Field<NonNullGraphType<ApiTokenGraphType>>("apiToken").Resolve(c => c.Source.Token);
    }
}

public sealed class CreateApiTokenInput
{
    public string WorkspaceId { get; set; } = "";

    public string Name { get; set; } = "";

    public int ExpiresInDays { get; set; }
}

public sealed class CreateApiTokenInputGraphType : InputObjectGraphType<CreateApiTokenInput>
{
    public CreateApiTokenInputGraphType()
    {
        Name = "CreateApiTokenInput";
        Field<NonNullGraphType<IdGraphType>>("workspaceId");
        Field(i => i.Name);
        Field(i => i.ExpiresInDays).Description("Required: 1 to 365.");
    }
}

/// <summary>API tokens for integrators: a token acts as its owner, in one workspace, until it expires or is revoked.</summary>
public static class ApiTokenSchema
{
    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CreateApiTokenPayloadGraphType>>("createApiToken")
            .Argument<NonNullGraphType<CreateApiTokenInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<CreateApiTokenInput>("input");
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
