using Deepnote.Application.Common;
using Deepnote.Application.Identity.Contracts;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Identity.Ports;

public sealed record ApiTokenPrincipal(ApiTokenId TokenId, UserId OwnerId, WorkspaceId WorkspaceId);
