using System.Security.Cryptography;
using System.Text;
using Deepnote.Application.Access.Contracts.FindSsoWorkspace;
using Deepnote.Application.Common;
using Deepnote.Application.Identity.Ports;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Identity.Sso.StartSso;

internal sealed class StartSsoCommandHandler(ISender sender, IOidcClient oidc, ISsoStateStore states)
    : ICommandHandler<StartSsoCommand, Uri>
{
    public async ValueTask<Uri> Handle(StartSsoCommand command, CancellationToken ct)
    {
        var email = EmailAddress.Normalize(command.Email);
        var settings = await sender.Send(new FindSsoWorkspaceQuery(email[(email.IndexOf('@') + 1)..]), ct)
            ?? throw new NotFoundException("No workspace signs in this address with single sign-on.");
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var nonce = Base64Url(RandomNumberGenerator.GetBytes(16));
        var state = await states.IssueAsync(new SsoPending(settings.WorkspaceId, verifier, nonce, command.RedirectUri.ToString()),
            TimeSpan.FromMinutes(10), ct);
        var challenge = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        return await oidc.AuthorizationUrlAsync(settings.Issuer, settings.ClientId, command.RedirectUri, state, nonce, challenge, ct);
    }

    internal static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
