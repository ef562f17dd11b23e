using Deepnote.Application.Abstractions;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Vault.Keys;
using Deepnote.Application.Vault.Ports;
using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Connections;
using Mediator;

namespace Deepnote.Application.Vault.Contracts;

internal sealed class OpenSecretQueryHandler(ISecretStore secrets) : IQueryHandler<OpenSecretQuery, UnwrappedSecret>
{
    public async ValueTask<UnwrappedSecret> Handle(OpenSecretQuery query, CancellationToken ct) =>
        await secrets.OpenAsync(query.WorkspaceId, query.Purpose, query.RecordId, query.SecretId, ct);
}
