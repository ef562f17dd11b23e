using Deepnote.Api.Security;
using Deepnote.Application.Access.Denials.RecordSuppressedDenials;
using Deepnote.Application.Common.Authorization;
using Mediator;

namespace Deepnote.Api.Hosting;

/// <summary>Writes the summaries of suppressed denials soon after their window ends, even when the flooding actor
/// has stopped (the next denial would otherwise be what writes them). Per node: the cap is kept in memory.</summary>
public sealed class SuppressedDenialsRecorder(IServiceScopeFactory scopes, DenialLimits limits,
    ILogger<SuppressedDenialsRecorder> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var period = TimeSpan.FromTicks(Math.Clamp(limits.Window.Ticks / 4, TimeSpan.TicksPerSecond, TimeSpan.TicksPerMinute));
        using var timer = new PeriodicTimer(period);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)) await RecordAsync(stopping: false, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host stops: what is still counted is written once more, below.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await RecordAsync(stopping: true, cancellationToken);
    }

    private async Task RecordAsync(bool stopping, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentActor>().AsSystem();
            await scope.ServiceProvider.GetRequiredService<ISender>().Send(new RecordSuppressedDenialsCommand(stopping), ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Recording suppressed denials failed; they are kept and tried again");
        }
    }
}
