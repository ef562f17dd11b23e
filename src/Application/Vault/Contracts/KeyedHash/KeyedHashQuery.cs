using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Vault.Contracts.KeyedHash;

/// <summary>HMAC-SHA256 of user content (a statement, later a prompt or a download) under a key derived from the
/// workspace's key, as <c>k&lt;key version&gt;:&lt;64 hex&gt;</c>: equal content matches within the workspace and key
/// version, and nobody without the key can confirm a guess. Another module's events hold this, never a plain hash.</summary>
public sealed record KeyedHashQuery(WorkspaceId WorkspaceId, string Purpose, string Content) : IQuery<string>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;

    public override string ToString() => $"{nameof(KeyedHashQuery)} {{ {WorkspaceId}, {Purpose}, {Content.Length} characters }}";
}
