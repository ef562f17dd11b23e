using Deepnote.Application.Common;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Abstractions;

/// <summary>Load-change-save for any aggregate, as Marten's <c>FetchForWriting</c> does it: load the stream (none,
/// or a deleted aggregate, is NOT_FOUND), let the aggregate apply the change and its rules, and save at the version
/// it was loaded at, so that a concurrent change is a CONFLICT rather than a lost update.</summary>
public static class AggregateLoading
{
    public static async Task<T> LoadAsync<T>(this IEventStore events, IStronglyTypedId id, CancellationToken ct)
        where T : class, IEventSourced, new()
    {
        var aggregate = await events.AggregateStreamAsync<T>(id.Value, ct);
        return aggregate is { IsDeleted: false }
            ? aggregate
            : throw new NotFoundException($"This {Words(typeof(T).Name)} was not found, or you cannot see it.");
    }

    /// <summary>"ApiToken" as "API token": a message names the kind of thing, never its id.</summary>
    private static string Words(string typeName) =>
        System.Text.RegularExpressions.Regex.Replace(typeName, "(?<!^)([A-Z])", " $1").ToLowerInvariant().Replace("api ", "API ");

    public static async Task<TResult> ChangeAsync<T, TResult>(this IEventStore events, IStronglyTypedId id,
        Func<T, TResult> change, CancellationToken ct)
        where T : class, IEventSourced, new()
    {
        var aggregate = await events.LoadAsync<T>(id, ct);
        var result = change(aggregate);
        await events.SaveAsync(aggregate, ct);
        return result;
    }
}
