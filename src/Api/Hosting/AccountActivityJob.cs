using Deepnote.Api.Security;
using Deepnote.Application.Identity.Sessions.PublishAccountActivity;
using Mediator;

namespace Deepnote.Api.Hosting;

/// <summary>Every minute: account activity (sign-ins, failures, changes) is published to the people's workspaces.</summary>
public sealed class AccountActivityJob(IServiceScopeFactory scopes)
{
    public const string Id = "account-activity";

    public async Task<int> RunAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().AsSystem();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new PublishAccountActivityCommand(), ct);
    }
}
