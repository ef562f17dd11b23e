using Deepnote.Api.Security;
using Deepnote.Application.Identity.Sessions.SummarizeSignInFailures;
using Mediator;

namespace Deepnote.Api.Hosting;

/// <summary>Every minute: ended windows of members' failed sign-ins become one event each in their workspace's chain.</summary>
public sealed class SignInFailureSummaryJob(IServiceScopeFactory scopes)
{
    public const string Id = "sign-in-failure-summary";

    public async Task<int> RunAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().AsSystem();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new SummarizeSignInFailuresCommand(), ct);
    }
}
