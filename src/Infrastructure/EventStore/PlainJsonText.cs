using System.Buffers;

namespace Deepnote.Infrastructure.EventStore;

/// <summary>The fast path of <see cref="CanonicalUtf8Json"/> for the plain JSON text PostgreSQL prints for the events'
/// jsonb: names of printable ASCII, strings without escapes, integers written the one way they canonicalise to, and
/// objects of at most <see cref="MaxMembers"/> members. Such text is canonicalised in one pass with no tokenizer: its
/// whitespace dropped, object members sorted, every token copied as it stands. Anything else (an escape, a non-ASCII
/// name, a fraction, an exponent, -0, a leading zero, a wide or deep object, text that is not JSON) makes it give up,
/// and the general path takes the whole text; unit tests hold both paths to the same bytes.</summary>
internal static class PlainJsonText
{
    private const int MaxMembers = 32;
    private const int MaxDepth = 64;
    private const int MaxDigits = 18; // fits a long whatever the digits

    private static readonly SearchValues<byte> StringEnd = SearchValues.Create("\"\\"u8);
    private static readonly SearchValues<byte> Structure = SearchValues.Create("\"{}[]"u8);

    private struct Member
    {
        public int NameStart;
        public int NameLength;
        public int ValueStart;
        public int ValueLength;
        public bool Container;
    }

    /// <summary>Writes the canonical bytes of <paramref name="json"/> into <paramref name="output"/> (which must be
    /// at least as long as the text: canonical plain text is never longer) and returns true, or returns false; what it
    /// wrote before giving up is then of no use.</summary>
    public static bool TryCanonicalise(ReadOnlySpan<byte> json, Span<byte> output, out int written)
    {
        written = 0;
        var at = Space(json, 0);
        return TryValue(json, ref at, output, ref written, 0) && Space(json, at) == json.Length;
    }

    private static int Space(ReadOnlySpan<byte> json, int at)
    {
        while (at < json.Length && json[at] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t') at++;
        return at;
    }

    private static bool TryValue(ReadOnlySpan<byte> json, ref int at, Span<byte> output, ref int written, int depth)
    {
        if (at >= json.Length) return false;
        if (json[at] == '{') return depth < MaxDepth && TryObject(json, ref at, output, ref written, depth + 1);
        if (json[at] == '[') return depth < MaxDepth && TryArray(json, ref at, output, ref written, depth + 1);
        var start = at;
        if (!TryPrimitive(json, ref at)) return false;
        Put(json[start..at], output, ref written);
        return true;
    }

    private static bool TryObject(ReadOnlySpan<byte> json, ref int at, Span<byte> output, ref int written, int depth)
    {
        Span<Member> members = stackalloc Member[MaxMembers];
        var n = 0;
        at = Space(json, at + 1);
        if (at < json.Length && json[at] == '}')
        {
            at++;
            Put("{}"u8, output, ref written);
            return true;
        }

        while (true)
        {
            if (n == MaxMembers || !TryName(json, ref at, out var nameStart, out var nameLength)) return false;
            at = Space(json, at);
            if (at >= json.Length || json[at] != ':') return false;
            at = Space(json, at + 1);
            ref var member = ref members[n++];
            (member.NameStart, member.NameLength, member.ValueStart) = (nameStart, nameLength, at);
            member.Container = at < json.Length && json[at] is (byte)'{' or (byte)'[';
            if (!(member.Container ? TrySkipContainer(json, ref at) : TryPrimitive(json, ref at))) return false;
            member.ValueLength = at - member.ValueStart;
            at = Space(json, at);
            if (at >= json.Length) return false;
            if (json[at] == '}') break;
            if (json[at] != ',') return false;
            at = Space(json, at + 1);
        }

        at++;
        Sort(members[..n], json);
        Put("{"u8, output, ref written);
        for (var i = 0; i < n; i++)
        {
            var member = members[i];
            if (i > 0) Put(","u8, output, ref written);
            Put(json.Slice(member.NameStart - 1, member.NameLength + 2), output, ref written);
            Put(":"u8, output, ref written);
            if (!member.Container) Put(json.Slice(member.ValueStart, member.ValueLength), output, ref written);
            else if (!TryValue(json[..(member.ValueStart + member.ValueLength)], ref member.ValueStart, output, ref written, depth))
            {
                return false;
            }
        }

        Put("}"u8, output, ref written);
        return true;
    }

    private static bool TryArray(ReadOnlySpan<byte> json, ref int at, Span<byte> output, ref int written, int depth)
    {
        at = Space(json, at + 1);
        Put("["u8, output, ref written);
        if (at < json.Length && json[at] == ']')
        {
            at++;
            Put("]"u8, output, ref written);
            return true;
        }

        while (true)
        {
            if (!TryValue(json, ref at, output, ref written, depth)) return false;
            at = Space(json, at);
            if (at >= json.Length) return false;
            if (json[at] == ']') break;
            if (json[at] != ',') return false;
            Put(","u8, output, ref written);
            at = Space(json, at + 1);
        }

        at++;
        Put("]"u8, output, ref written);
        return true;
    }

    /// <summary>A name of printable ASCII without escapes: its bytes sort as its UTF-16 code units do.</summary>
    private static bool TryName(ReadOnlySpan<byte> json, ref int at, out int start, out int length)
    {
        (start, length) = (at + 1, 0);
        if (at >= json.Length || json[at] != '"') return false;
        var rest = json[start..];
        length = rest.IndexOf((byte)'"');
        if (length < 0 || rest[..length].IndexOfAnyExceptInRange((byte)0x20, (byte)0x7E) >= 0
            || rest[..length].Contains((byte)'\\'))
        {
            return false;
        }

        at = start + length + 1;
        return true;
    }

    /// <summary>Moves past a string without escapes or control characters, an integer in its canonical spelling, or
    /// a literal; false for anything else.</summary>
    private static bool TryPrimitive(ReadOnlySpan<byte> json, ref int at)
    {
        var rest = json[at..];
        switch (rest.IsEmpty ? 0 : rest[0])
        {
            case (byte)'"':
                var end = rest[1..].IndexOfAny(StringEnd);
                if (end < 0 || rest[end + 1] != '"' || rest.Slice(1, end).IndexOfAnyInRange((byte)0, (byte)0x1F) >= 0) return false;
                at += end + 2;
                return true;
            case (byte)'t':
                return Literal(rest, "true"u8, ref at);
            case (byte)'f':
                return Literal(rest, "false"u8, ref at);
            case (byte)'n':
                return Literal(rest, "null"u8, ref at);
        }

        var sign = rest.Length > 0 && rest[0] == '-' ? 1 : 0;
        var digits = rest[sign..].IndexOfAnyExceptInRange((byte)'0', (byte)'9');
        if (digits < 0) digits = rest.Length - sign;
        if (digits is 0 or > MaxDigits || (rest[sign] == '0' && (digits > 1 || sign == 1))) return false;
        var next = sign + digits;
        if (next < rest.Length && rest[next] is (byte)'.' or (byte)'e' or (byte)'E') return false;
        at += next;
        return true;
    }

    private static bool Literal(ReadOnlySpan<byte> rest, ReadOnlySpan<byte> literal, ref int at)
    {
        if (!rest.StartsWith(literal)) return false;
        at += literal.Length;
        return true;
    }

    /// <summary>Moves past an object or array without reading it (it is read when written), minding its strings.</summary>
    private static bool TrySkipContainer(ReadOnlySpan<byte> json, ref int at)
    {
        var depth = 0;
        while (at < json.Length)
        {
            var next = json[at..].IndexOfAny(Structure);
            if (next < 0) return false;
            at += next;
            switch (json[at])
            {
                case (byte)'"':
                    var end = json[(at + 1)..].IndexOfAny(StringEnd);
                    if (end < 0 || json[at + 1 + end] != '"') return false;
                    at += end + 2;
                    continue;
                case (byte)'{' or (byte)'[':
                    depth++;
                    break;
                default:
                    depth--;
                    break;
            }

            at++;
            if (depth == 0) return true;
        }

        return false;
    }

    /// <summary>Insertion sort: objects in events have a handful of members.</summary>
    private static void Sort(Span<Member> members, ReadOnlySpan<byte> json)
    {
        for (var i = 1; i < members.Length; i++)
        {
            var current = members[i];
            var name = json.Slice(current.NameStart, current.NameLength);
            var j = i - 1;
            while (j >= 0 && json.Slice(members[j].NameStart, members[j].NameLength).SequenceCompareTo(name) > 0)
            {
                members[j + 1] = members[j];
                j--;
            }

            members[j + 1] = current;
        }
    }

    private static void Put(ReadOnlySpan<byte> bytes, Span<byte> output, ref int written)
    {
        bytes.CopyTo(output[written..]);
        written += bytes.Length;
    }
}
