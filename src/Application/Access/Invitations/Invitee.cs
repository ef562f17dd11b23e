using Deepnote.Application.Abstractions;
using Deepnote.Application.Common;
using Deepnote.Application.Identity.Contracts;
using Deepnote.Application.Identity.Contracts.FindUserById;
using Mediator;

namespace Deepnote.Application.Access.Invitations;

/// <summary>The signed-in person answering: their account's address is the one an invitation must name.</summary>
internal static class Invitee
{
    public static async Task<UserDto> RequireAsync(ISender sender, ICurrentActor actor, CancellationToken ct) =>
        await sender.Send(new FindUserByIdQuery(actor.RequireUser()), ct)
        ?? throw new UnauthenticatedException("Sign in first.");
}
