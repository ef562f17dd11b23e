using Deepnote.Application.Access.Contracts.FindSsoWorkspace;
using Deepnote.Application.Access.Contracts.GetSsoSettings;
using Deepnote.Application.Common;
using Deepnote.Application.Identity.Contracts;
using Deepnote.Domain.Access.Workspaces.Domains;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Identity.Sso.StartSso;

internal sealed class StartSsoCommandHandler(ISender sender, SsoRedirect redirect) : ICommandHandler<StartSsoCommand, SsoStart>
{
    public async ValueTask<SsoStart> Handle(StartSsoCommand command, CancellationToken ct)
    {
        var settings = command.WorkspaceId is { } workspace
            ? await sender.Send(new GetSsoSettingsQuery(workspace), ct)
            : await sender.Send(new FindSsoWorkspaceQuery(DomainName.OfEmail(EmailAddress.Normalize(command.Email!))), ct);
        return settings is null
            ? throw new NotFoundException("No workspace signs in this address with single sign-on.")
            : await redirect.ToProviderAsync(settings, linkUser: null, ct);
    }
}
