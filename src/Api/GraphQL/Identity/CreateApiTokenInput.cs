using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Identity.Contracts;
using Deepnote.Domain.SharedKernel;
using global::GraphQL;
using global::GraphQL.Types;
using static Deepnote.Api.GraphQL.Common.ResolveContextExtensions;
using Deepnote.Application.Identity.ApiTokens.CreateApiToken;
using Deepnote.Application.Identity.ApiTokens.ListApiTokens;
using Deepnote.Application.Identity.ApiTokens.RevokeApiToken;
using Deepnote.Application.Identity.Contracts.FindUserByEmail;
using Deepnote.Application.Identity.Contracts.RegisterUser;
using Deepnote.Application.Identity.Contracts.RevokeUserSessions;

namespace Deepnote.Api.GraphQL.Identity;

public sealed class CreateApiTokenInput
{
    public string WorkspaceId { get; set; } = "";

    public string Name { get; set; } = "";

    public int ExpiresInDays { get; set; }
}
