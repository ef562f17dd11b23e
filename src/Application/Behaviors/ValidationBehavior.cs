using Deepnote.Application.Common;
using Deepnote.Application.Common.Validation;
using FluentValidation;
using Mediator;

namespace Deepnote.Application.Behaviors;

/// <summary>Refuses text PostgreSQL cannot store in any string of the message (<see cref="StoredText"/>), then runs
/// every FluentValidation validator of the message; failures become one <see cref="RequestValidationException"/>
/// with a message per field.</summary>
public sealed class ValidationBehavior<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken)
    {
        List<FieldError>? errors = message is IChecksItsOwnText ? null : UnstorableText(message);
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(message, cancellationToken);
            foreach (var failure in result.Errors)
            {
                (errors ??= []).Add(new FieldError(ToFieldName(failure.PropertyName), failure.ErrorMessage));
            }
        }

        if (errors is not null) throw new RequestValidationException(errors);
        return await next(message, cancellationToken);
    }

    private static List<FieldError>? UnstorableText(TMessage message) =>
        StoredTextScan.FirstUnstorable(message) is { } field ? [new FieldError(ToFieldName(field), StoredText.Message)] : null;

    private static string ToFieldName(string property) =>
        string.IsNullOrEmpty(property) ? property : char.ToLowerInvariant(property[0]) + property[1..];
}
