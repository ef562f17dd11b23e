using System.Text;

namespace Deepnote.Application.Common;

public static class Paging
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;
    public const string OffsetCursor = "o";

    public static int Size(int? first) => Math.Clamp(first ?? DefaultPageSize, 1, MaxPageSize);

    /// <summary>A page from rows fetched with one extra (to tell whether another page follows), each with the
    /// list's total.</summary>
    public static Page<T> ToPage<T>(IReadOnlyList<(T Node, long Total)> rows, int size, long offset)
    {
        var items = rows.Take(size)
            .Select((row, i) => new PageItem<T>(EncodeCursor(OffsetCursor, offset + i + 1), row.Node))
            .ToList();
        var total = rows.Count > 0 ? (int)rows[0].Total : 0;
        return new Page<T>(items, rows.Count > size, offset > 0, total);
    }

    /// <summary>A page from rows fetched with one extra (to tell whether another page follows), without a total.</summary>
    public static Page<T> ToPage<T>(IReadOnlyList<T> rows, int size, long offset) =>
        new(rows.Take(size).Select((row, i) => new PageItem<T>(EncodeCursor(OffsetCursor, offset + i + 1), row)).ToList(),
            rows.Count > size, offset > 0, null);

    /// <summary>A page of a list already in memory (a short one, such as a person's sessions).</summary>
    public static Page<T> Slice<T>(IReadOnlyList<T> all, int? first, string? after)
    {
        TryDecodeCursor(after, OffsetCursor, out var offset);
        var size = Size(first);
        var items = all.Skip((int)Math.Min(offset, all.Count)).Take(size)
            .Select((node, i) => new PageItem<T>(EncodeCursor(OffsetCursor, offset + i + 1), node)).ToList();
        return new Page<T>(items, offset + items.Count < all.Count, offset > 0, all.Count);
    }

    public static string EncodeCursor(string prefix, long value) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{prefix}:{value}"));

    /// <summary>Where a page starts: the offset an <c>after</c> cursor carries (0 for none). The paging rules have
    /// already refused a cursor of another kind.</summary>
    public static long Offset(string? after) => TryDecodeCursor(after, OffsetCursor, out var offset) ? offset : 0;

    /// <summary>Decodes a cursor made by <see cref="EncodeCursor"/>; a cursor of another kind or garbage is a
    /// validation error, never an exception the caller sees as INTERNAL.</summary>
    public static bool TryDecodeCursor(string? cursor, string prefix, out long value)
    {
        value = 0;
        if (string.IsNullOrEmpty(cursor)) return true;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            return text.StartsWith(prefix + ":", StringComparison.Ordinal)
                && long.TryParse(text.AsSpan(prefix.Length + 1), out value) && value >= 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
