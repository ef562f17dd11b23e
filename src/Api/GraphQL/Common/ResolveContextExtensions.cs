using Deepnote.Api.Security;
using global::GraphQL;
using Mediator;

namespace Deepnote.Api.GraphQL.Common;

/// <summary>What resolvers use: send a mediator request (errors mapped once, here), read IDs, reach HTTP.</summary>
public static class ResolveContextExtensions
{
    public static async Task<T> SendAsync<T>(this IResolveFieldContext context, ICommand<T> command)
    {
        try
        {
            return await Sender(context).Send(command, context.CancellationToken);
        }
        catch (Exception ex)
        {
            throw DeepnoteError.From(ex);
        }
    }

    public static async Task<T> SendAsync<T>(this IResolveFieldContext context, IQuery<T> query)
    {
        try
        {
            return await Sender(context).Send(query, context.CancellationToken);
        }
        catch (Exception ex)
        {
            throw DeepnoteError.From(ex);
        }
    }

    /// <summary>An <c>ID!</c> argument (or input field) as a UUID; anything else is VALIDATION_FAILED for that field.</summary>
    public static Guid ParseId(string? value, string field) =>
        Guid.TryParse(value, out var id) ? id : throw DeepnoteError.InvalidField(field, "Not a valid ID.");

    public static Guid GetId(this IResolveFieldContext context, string argument) =>
        ParseId(context.GetArgument<string>(argument), argument);

    public static HttpContext Http(this IResolveFieldContext context) =>
        ((GraphQLUserContext)context.UserContext).HttpContext;

    public static CurrentActor Actor(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<CurrentActor>();

    private static ISender Sender(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<ISender>();
}
