using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Identity.Contracts;
using Deepnote.Application.Identity.Ports;
using Deepnote.Domain.Identity.Tokens;
using Deepnote.Domain.SharedKernel;
using FluentValidation;
using Mediator;

namespace Deepnote.Application.Identity.ApiTokens;

/// <summary>Any member makes tokens for themselves in a workspace; a token acts as its owner with the owner's
/// current role there, and nowhere else.</summary>
public sealed record CreateApiTokenCommand(WorkspaceId WorkspaceId, string Name, int ExpiresInDays)
    : ICommand<CreatedApiToken>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.WorkspaceMember(WorkspaceId);
}

internal sealed class CreateApiTokenCommandValidator : AbstractValidator<CreateApiTokenCommand>
{
    public CreateApiTokenCommandValidator()
    {
        RuleFor(c => c.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Name the token.")
            .MaximumLength(ApiToken.MaxNameLength);
        RuleFor(c => c.ExpiresInDays).InclusiveBetween(1, ApiToken.MaxLifetimeDays);
    }
}

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
