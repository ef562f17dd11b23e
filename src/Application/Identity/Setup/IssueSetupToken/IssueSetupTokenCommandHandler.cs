using Deepnote.Application.Identity.Contracts;
using Deepnote.Application.Identity.Ports;
using Mediator;

namespace Deepnote.Application.Identity.Setup.IssueSetupToken;

internal sealed class IssueSetupTokenCommandHandler(IUserReader users, IOneTimeTokenStore tokens)
    : ICommandHandler<IssueSetupTokenCommand, string?>
{
    public async ValueTask<string?> Handle(IssueSetupTokenCommand command, CancellationToken ct) =>
        await users.AnyAsync(ct) ? null : await tokens.IssueAsync(TokenPurposes.Setup, new OneTimeToken(null), TimeSpan.FromDays(1), ct);
}
