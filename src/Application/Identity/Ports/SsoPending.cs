using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Identity.Ports;

public sealed record SsoPending(WorkspaceId WorkspaceId, string CodeVerifier, string Nonce, string RedirectUri)
{
    public override string ToString() => $"{nameof(SsoPending)} {{ {WorkspaceId} }}";
}
