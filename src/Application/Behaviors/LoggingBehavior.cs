using System.Diagnostics;
using Deepnote.Application.Abstractions;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Deepnote.Application.Behaviors;

/// <summary>Outermost behaviour: logs the request's name, outcome and duration, never its content (commands
/// carry passwords) nor its response (sign-in returns a session token).</summary>
public sealed class LoggingBehavior<TMessage, TResponse>(ILogger<LoggingBehavior<TMessage, TResponse>> logger,
    RequestContext context, ICurrentActor actor) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken)
    {
        var name = typeof(TMessage).Name;
        var started = Stopwatch.GetTimestamp();
        context.Depth++;
        try
        {
            var response = await next(message, cancellationToken);
            logger.LogInformation("{Request} handled in {ElapsedMs:F1} ms (correlation {CorrelationId})", name,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds, actor.CorrelationId);
            return response;
        }
        catch (Exception ex)
        {
            logger.LogInformation("{Request} failed with {Error} in {ElapsedMs:F1} ms (correlation {CorrelationId})",
                name, ex.GetType().Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds, actor.CorrelationId);
            throw;
        }
        finally
        {
            context.Depth--;
        }
    }
}
