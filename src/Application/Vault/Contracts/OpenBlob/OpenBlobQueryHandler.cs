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

internal sealed class OpenBlobQueryHandler(ISecretStore secrets) : IQueryHandler<OpenBlobQuery, byte[]?>
{
    public async ValueTask<byte[]?> Handle(OpenBlobQuery query, CancellationToken ct)
    {
        try
        {
            return await secrets.OpenBlobAsync(query.WorkspaceId, query.Purpose, query.RecordId, query.Blob, ct);
        }
        catch (Exception ex) when (ex is SecretShreddedException or SecretTamperedException or NotFoundException)
        {
            return null;
        }
    }
}
