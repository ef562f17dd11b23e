using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts.GetTokenLifetimeCap;
using Deepnote.Application.Common;
using Deepnote.Application.Identity.Contracts;
using Deepnote.Application.Identity.Ports;
using Deepnote.Domain.Identity.Tokens;
using Mediator;

namespace Deepnote.Application.Identity.ApiTokens.CreateApiToken;

internal sealed class CreateApiTokenCommandHandler(ISender sender, IEventStore events, IApiTokenStore tokens,
    ICurrentActor actor, TimeProvider clock) : ICommandHandler<CreateApiTokenCommand, CreatedApiToken>
{
    public async ValueTask<CreatedApiToken> Handle(CreateApiTokenCommand command, CancellationToken ct)
    {
        var owner = actor.RequireUser();
        var cap = await sender.Send(new GetTokenLifetimeCapQuery(command.WorkspaceId), ct);
        if (command.ExpiresInDays > cap)
        {
            throw new RequestValidationException([new FieldError("expiresInDays",
                $"This workspace allows tokens of at most {cap} days.")]);
        }

        var token = ApiToken.Create(command.WorkspaceId, owner, command.Name, command.ExpiresInDays, clock.GetUtcNow());
        await events.SaveAsync(token, ct);
        var secret = await tokens.IssueSecretAsync(token.Id, ct);
        var dto = await tokens.GetAsync(token.Id, ct) ?? throw new InvalidOperationException("The new token is not projected.");
        return new CreatedApiToken(dto, secret);
    }
}
