using System.Text.RegularExpressions;
using Marten;

namespace Deepnote.Infrastructure.EventStore;

/// <summary>Queues statements on a Marten session, so that they go out in the same batch as its event inserts.
/// Marten binds <c>?</c> placeholders in order; a projection's <c>$n</c> may repeat or come out of order, so each
/// occurrence becomes a <c>?</c> bound to its value. A null is written as <c>NULL</c>: Marten would bind it as text,
/// and an untyped literal takes the column's type as a null parameter does in <see cref="NpgsqlSqlBatch"/>.</summary>
public sealed partial class SessionSqlBatch(IDocumentOperations session) : ISqlBatch
{
    public void Add(string sql, params object?[] values)
    {
        if (sql.Contains('?'))
        {
            throw new ArgumentException("A projection statement may not contain '?': it is Marten's placeholder.", nameof(sql));
        }

        var bound = new List<object?>();
        var text = Positional().Replace(sql, match =>
        {
            var value = values[int.Parse(match.Groups[1].ValueSpan) - 1];
            if (value is null) return "NULL";
            bound.Add(value);
            return "?";
        });
        session.QueueSqlCommand(text, bound.ToArray()!);
    }

    [GeneratedRegex(@"\$(\d+)")]
    private static partial Regex Positional();
}
