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
using Deepnote.Application.Vault.Contracts.OpenQueryFiles;
using Deepnote.Application.Vault.Contracts.OpenSecret;
using Deepnote.Application.Vault.Contracts.SealBlob;
using Deepnote.Application.Vault.Contracts.SealSecret;
using Deepnote.Application.Vault.Contracts.UnwrapCredentials;

namespace Deepnote.Application.Vault.Contracts.OpenBlob;

/// <summary>Opens a <see cref="SealedBlob"/>: null when it can never open again (its key version was destroyed, or
/// it was altered or moved); throws when the key provider is down (fail closed).</summary>
public sealed record OpenBlobQuery(WorkspaceId WorkspaceId, string Purpose, Guid RecordId, SealedBlob Blob)
    : IQuery<byte[]?>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;

    public override string ToString() => $"{nameof(OpenBlobQuery)} {{ {WorkspaceId}, {Purpose} }}";
}
