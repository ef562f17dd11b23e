using System.Text;
using Marten;

namespace Deepnote.Infrastructure.EventStore;

/// <summary>Queues statements on a Marten session, so that they go out in the same batch as its event inserts.
/// Marten binds <c>?</c> placeholders in order; a projection's <c>$n</c> may repeat or come out of order, so each
/// occurrence outside quotes becomes a <c>?</c> bound to its value. A null is written as <c>NULL</c>: Marten would
/// bind it as text, and an untyped literal takes the column's type as a null parameter does in
/// <see cref="NpgsqlSqlBatch"/>.</summary>
public sealed class SessionSqlBatch(IDocumentOperations session) : ISqlBatch
{
    public void Add(string sql, params object?[] values)
    {
        var (text, bound) = Translate(sql, values);
        session.QueueSqlCommand(text, bound);
    }

    /// <summary><c>$n</c> to <c>?</c> outside string literals and quoted names; refuses any <c>?</c> (Marten would
    /// take it for a placeholder even inside a literal) and a <c>$n</c> with no value.</summary>
    internal static (string Sql, object[] Values) Translate(string sql, IReadOnlyList<object?> values)
    {
        if (sql.Contains('?'))
        {
            throw new ArgumentException("A projection statement may not contain '?': it is Marten's placeholder.", nameof(sql));
        }

        var text = new StringBuilder(sql.Length);
        var bound = new List<object>();
        char? quote = null;
        for (var i = 0; i < sql.Length; i++)
        {
            var c = sql[i];
            if (quote is not null)
            {
                if (c == quote) quote = null; // a doubled quote closes and reopens: same result
            }
            else if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == '$' && i + 1 < sql.Length && char.IsAsciiDigit(sql[i + 1]))
            {
                var end = i + 1;
                while (end < sql.Length && char.IsAsciiDigit(sql[end])) end++;
                var index = int.Parse(sql.AsSpan(i + 1, end - i - 1)) - 1;
                if (index < 0 || index >= values.Count)
                {
                    throw new ArgumentException($"The statement refers to ${index + 1} but has {values.Count} values.", nameof(sql));
                }

                if (values[index] is { } value)
                {
                    text.Append('?');
                    bound.Add(value);
                }
                else
                {
                    text.Append("NULL");
                }

                i = end - 1;
                continue;
            }

            text.Append(c);
        }

        return (text.ToString(), bound.ToArray());
    }
}
