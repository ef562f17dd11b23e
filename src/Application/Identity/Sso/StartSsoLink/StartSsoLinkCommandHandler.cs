using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts.GetSsoSettings;
using Deepnote.Application.Common;
using Deepnote.Application.Identity.Contracts;
using Mediator;

namespace Deepnote.Application.Identity.Sso.StartSsoLink;

internal sealed class StartSsoLinkCommandHandler(ISender sender, SsoRedirect redirect, ICurrentActor actor)
    : ICommandHandler<StartSsoLinkCommand, SsoStart>
{
    public async ValueTask<SsoStart> Handle(StartSsoLinkCommand command, CancellationToken ct)
    {
        var user = actor.RequireUser();
        if (actor.TokenWorkspace is not null) throw new ForbiddenException("an API token cannot link an account to single sign-on");
        var settings = await sender.Send(new GetSsoSettingsQuery(command.WorkspaceId), ct)
            ?? throw new NotFoundException("This workspace has no single sign-on.");
        return await redirect.ToProviderAsync(settings, user, ct);
    }
}
