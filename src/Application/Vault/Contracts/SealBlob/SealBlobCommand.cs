using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Vault.Contracts.SealBlob;

/// <summary>Seals bytes of another module (a cached result, say) under the workspace's key, bound to purpose and
/// record so that they open nowhere else.</summary>
public sealed record SealBlobCommand(WorkspaceId WorkspaceId, string Purpose, Guid RecordId, ReadOnlyMemory<byte> Plaintext)
    : ICommand<SealedBlob>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;

    public override string ToString() => $"{nameof(SealBlobCommand)} {{ {WorkspaceId}, {Purpose}, {Plaintext.Length} bytes }}";
}
