using Deepnote.Application.Common;
using Deepnote.Application.Vault.Ports;
using Mediator;

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
