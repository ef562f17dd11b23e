using Deepnote.Application.Vault.Ports;
using Mediator;

namespace Deepnote.Application.Vault.Contracts.OpenSecret;

internal sealed class OpenSecretQueryHandler(ISecretStore secrets) : IQueryHandler<OpenSecretQuery, UnwrappedSecret>
{
    public async ValueTask<UnwrappedSecret> Handle(OpenSecretQuery query, CancellationToken ct) =>
        await secrets.OpenAsync(query.WorkspaceId, query.Purpose, query.RecordId, query.SecretId, ct);
}
