using System.Buffers;
using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace Deepnote.Infrastructure.EventStore;

/// <summary><see cref="CanonicalJson"/>'s bytes straight from JSON text (as PostgreSQL returns jsonb), without building
/// a document: verification runs this twice per event. Plain text (what PostgreSQL prints for the events) takes
/// <see cref="PlainJsonText"/>'s one pass; any other, a tokenizer's: members are collected per object, sorted, and
/// written, an unescaped string or name copied as it stands.</summary>
public static class CanonicalUtf8Json
{
    private const int StackMembers = 32;

    public static void Write(ReadOnlySpan<byte> json, IBufferWriter<byte> output)
    {
        if (PlainJsonText.TryCanonicalise(json, output.GetSpan(json.Length), out var written))
        {
            output.Advance(written);
            return;
        }

        var reader = new Utf8JsonReader(json);
        if (!reader.Read()) throw new InvalidOperationException("Cannot canonicalise empty JSON.");
        WriteValue(ref reader, json, output);
    }

    private static void WriteValue(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, IBufferWriter<byte> output)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                WriteObject(ref reader, json, output);
                break;
            case JsonTokenType.StartArray:
                output.Write("["u8);
                var first = true;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (!first) output.Write(","u8);
                    first = false;
                    WriteValue(ref reader, json, output);
                }

                output.Write("]"u8);
                break;
            default:
                WritePrimitive(ref reader, output);
                break;
        }
    }

    private static void WritePrimitive(ref Utf8JsonReader reader, IBufferWriter<byte> output)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String when !reader.ValueIsEscaped:
                WriteQuoted(reader.ValueSpan, output);
                break;
            case JsonTokenType.String:
                CanonicalJson.WriteString(reader.GetString()!, output);
                break;
            case JsonTokenType.Number:
                if (!reader.TryGetInt64(out var integer))
                {
                    throw new InvalidOperationException("Events may hold integers only; write other numbers as strings.");
                }

                CanonicalJson.WriteInteger(integer, output);
                break;
            case JsonTokenType.True:
                output.Write("true"u8);
                break;
            case JsonTokenType.False:
                output.Write("false"u8);
                break;
            case JsonTokenType.Null:
                output.Write("null"u8);
                break;
            default:
                throw new InvalidOperationException($"Cannot canonicalise {reader.TokenType}.");
        }
    }

    /// <summary>One member: where its name is, and where its value is — a container's whole text (re-read when it is
    /// written), a primitive's token (a string's without its quotes), written as it stands.</summary>
    private struct Member
    {
        public int NameStart;
        public int NameLength;
        public bool PlainName; // ASCII with no escape: its bytes sort as its UTF-16 code units do
        public JsonTokenType Kind;
        public bool Escaped;
        public int ValueStart;
        public int ValueLength;
    }

    private static void WriteObject(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, IBufferWriter<byte> output)
    {
        Member[]? rented = null;
        Span<Member> members = stackalloc Member[StackMembers];
        var n = 0;
        try
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (n == members.Length)
                {
                    var larger = ArrayPool<Member>.Shared.Rent(n * 2);
                    members.CopyTo(larger);
                    if (rented is not null) ArrayPool<Member>.Shared.Return(rented);
                    rented = larger;
                    members = larger;
                }

                var member = new Member { NameStart = (int)reader.TokenStartIndex + 1, NameLength = reader.ValueSpan.Length };
                member.PlainName = !reader.ValueIsEscaped && Ascii.IsValid(reader.ValueSpan);
                reader.Read();
                member.Kind = reader.TokenType;
                member.Escaped = reader.ValueIsEscaped;
                member.ValueStart = (int)reader.TokenStartIndex + (reader.TokenType == JsonTokenType.String ? 1 : 0);
                reader.Skip();
                member.ValueLength = member.Kind is JsonTokenType.StartObject or JsonTokenType.StartArray
                    ? (int)reader.BytesConsumed - member.ValueStart
                    : reader.ValueSpan.Length;
                members[n++] = member;
            }

            Sort(members[..n], json);
            output.Write("{"u8);
            for (var i = 0; i < n; i++)
            {
                if (i > 0) output.Write(","u8);
                var m = members[i];
                if (m.PlainName) WriteQuoted(json.Slice(m.NameStart, m.NameLength), output);
                else CanonicalJson.WriteString(Name(json, m), output);
                output.Write(":"u8);
                WriteMember(m, json, output);
            }

            output.Write("}"u8);
        }
        finally
        {
            if (rented is not null) ArrayPool<Member>.Shared.Return(rented);
        }
    }

    private static void WriteMember(Member m, ReadOnlySpan<byte> json, IBufferWriter<byte> output)
    {
        var value = json.Slice(m.ValueStart, m.ValueLength);
        switch (m.Kind)
        {
            case JsonTokenType.String when !m.Escaped:
                WriteQuoted(value, output);
                return;
            case JsonTokenType.Number when Utf8Parser.TryParse(value, out long integer, out var used) && used == value.Length:
                CanonicalJson.WriteInteger(integer, output);
                return;
            case JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null:
                output.Write(value);
                return;
        }

        // A container, an escaped string or a number that is not a plain integer: read again, as a value of its own.
        var text = m.Kind == JsonTokenType.String ? json.Slice(m.ValueStart - 1, m.ValueLength + 2) : value;
        var reader = new Utf8JsonReader(text);
        reader.Read();
        WriteValue(ref reader, text, output);
    }

    /// <summary>Insertion sort: objects in events have a handful of members.</summary>
    private static void Sort(Span<Member> members, ReadOnlySpan<byte> json)
    {
        for (var i = 1; i < members.Length; i++)
        {
            var current = members[i];
            var j = i - 1;
            while (j >= 0 && Compare(members[j], current, json) > 0)
            {
                members[j + 1] = members[j];
                j--;
            }

            members[j + 1] = current;
        }
    }

    private static int Compare(Member a, Member b, ReadOnlySpan<byte> json) =>
        a.PlainName && b.PlainName
            ? json.Slice(a.NameStart, a.NameLength).SequenceCompareTo(json.Slice(b.NameStart, b.NameLength))
            : string.CompareOrdinal(Name(json, a), Name(json, b));

    private static string Name(ReadOnlySpan<byte> json, Member m)
    {
        var reader = new Utf8JsonReader(json[(m.NameStart - 1)..(m.NameStart + m.NameLength + 1)]);
        reader.Read();
        return reader.GetString()!;
    }

    private static void WriteQuoted(ReadOnlySpan<byte> raw, IBufferWriter<byte> output)
    {
        var span = output.GetSpan(raw.Length + 2);
        span[0] = (byte)'"';
        raw.CopyTo(span[1..]);
        span[raw.Length + 1] = (byte)'"';
        output.Advance(raw.Length + 2);
    }
}
