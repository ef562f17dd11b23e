using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Vault.Contracts.OpenBlob;

/// <summary>Opens a <see cref="SealedBlob"/>: null when it can never open again (its key version was destroyed, or
/// it was altered or moved); throws when the key provider is down (fail closed).</summary>
public sealed record OpenBlobQuery(WorkspaceId WorkspaceId, string Purpose, Guid RecordId, SealedBlob Blob)
    : IQuery<byte[]?>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;

    public override string ToString() => $"{nameof(OpenBlobQuery)} {{ {WorkspaceId}, {Purpose} }}";
}
