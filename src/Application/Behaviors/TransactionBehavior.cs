using Deepnote.Application.Abstractions;
using Mediator;

namespace Deepnote.Application.Behaviors;

/// <summary>Wraps a command in one database transaction: its events, projections and module rows commit
/// together or not at all. Nested commands join the outer transaction.</summary>
public sealed class TransactionBehavior<TMessage, TResponse>(IUnitOfWork unitOfWork)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IBaseCommand
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken)
    {
        await unitOfWork.BeginAsync(cancellationToken);
        try
        {
            var response = await next(message, cancellationToken);
            await unitOfWork.CommitAsync(CancellationToken.None); // a commit is not abandoned half-way by a client leaving
            return response;
        }
        catch
        {
            await unitOfWork.RollbackAsync(CancellationToken.None);
            throw;
        }
    }
}
