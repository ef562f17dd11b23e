using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Identity.Ports;

public sealed record ApiTokenPrincipal(ApiTokenId TokenId, UserId OwnerId, WorkspaceId WorkspaceId);
