using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Deepnote.Infrastructure.Identity.Mail;

/// <summary>Delivers queued mail one at a time, retrying a failed delivery twice (after 2 and 10 seconds) before
/// logging it as lost; the log names the subject, never the body (it may hold a one-time link).</summary>
internal sealed partial class MailDelivery(MailQueue queue, IMailTransport transport, ILogger<MailDelivery> logger)
    : BackgroundService
{
    private static readonly TimeSpan[] Retries = [TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(10)];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var mail in queue.Reader.ReadAllAsync(stoppingToken))
        {
            for (var attempt = 0; ; attempt++)
            {
                try
                {
                    await transport.DeliverAsync(mail, stoppingToken);
                    break;
                }
                catch (Exception ex) when (ex is not OperationCanceledException && attempt < Retries.Length)
                {
                    LogRetry(logger, mail.Subject, ex.GetType().Name);
                    await Task.Delay(Retries[attempt], stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogLost(logger, mail.Subject, ex);
                    break;
                }
            }
        }
    }

    [LoggerMessage(LogLevel.Warning, "Mail ({Subject}) not delivered yet ({Error}); retrying")]
    private static partial void LogRetry(ILogger logger, string subject, string error);

    [LoggerMessage(LogLevel.Error, "Mail ({Subject}) could not be delivered")]
    private static partial void LogLost(ILogger logger, string subject, Exception exception);
}
