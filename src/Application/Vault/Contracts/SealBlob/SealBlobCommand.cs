using Deepnote.Application.Abstractions;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Vault.Keys;
using Deepnote.Application.Vault.Ports;
using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Connections;
using Mediator;
using Deepnote.Application.Vault.Contracts.FindFilesNamedIn;
using Deepnote.Application.Vault.Contracts.GetConnectionProfile;
using Deepnote.Application.Vault.Contracts.OpenBlob;
using Deepnote.Application.Vault.Contracts.OpenQueryFiles;
using Deepnote.Application.Vault.Contracts.OpenSecret;
using Deepnote.Application.Vault.Contracts.SealSecret;
using Deepnote.Application.Vault.Contracts.UnwrapCredentials;

namespace Deepnote.Application.Vault.Contracts.SealBlob;

/// <summary>Seals bytes of another module (a cached result, say) under the workspace's key, bound to purpose and
/// record so that they open nowhere else.</summary>
public sealed record SealBlobCommand(WorkspaceId WorkspaceId, string Purpose, Guid RecordId, ReadOnlyMemory<byte> Plaintext)
    : ICommand<SealedBlob>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;

    public override string ToString() => $"{nameof(SealBlobCommand)} {{ {WorkspaceId}, {Purpose}, {Plaintext.Length} bytes }}";
}
