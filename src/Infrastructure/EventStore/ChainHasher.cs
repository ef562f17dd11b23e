using System.Buffers;
using System.Security.Cryptography;

namespace Deepnote.Infrastructure.EventStore;

/// <summary>hash = SHA-256(previous hash bytes || canonical bytes of the event envelope), hex lower-case. The
/// first event of a chain has the all-zero previous hash.</summary>
public static class ChainHasher
{
    public static readonly string GenesisHash = new('0', 64);

    [ThreadStatic] private static ArrayBufferWriter<byte>? _buffer;

    public static string Hash(string previousHash, ChainEntry entry)
    {
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        Convert.FromHexString(previousHash, buffer.GetSpan(32), out _, out _);
        buffer.Advance(32);
        WriteEnvelope(entry, buffer);
        return Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan));
    }

    /// <summary>The envelope hashed for an event: every stored column but the hashes themselves, and from envelope
    /// version 1 on the version itself, so that a later change of what is hashed cannot be passed off as an old one.</summary>
    public static byte[] CanonicalBytes(ChainEntry entry)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        WriteEnvelope(entry, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The canonical envelope written straight out, its members in ordinal key order (chainId, chainPosition,
    /// data, envelope, metadata, recordedAt, sequence, streamId, streamVersion, type): the same bytes as
    /// canonicalising the object, without building it (verification and appends run this once per event).</summary>
    private static void WriteEnvelope(ChainEntry entry, ArrayBufferWriter<byte> output)
    {
        CanonicalJson.Append(output, "{");
        CanonicalJson.WriteName("chainId", output);
        WriteGuid(entry.ChainId, output);
        Next("chainPosition", output);
        CanonicalJson.WriteInteger(entry.ChainPosition, output);
        Next("data", output);
        CanonicalJson.Write(entry.Data, output);
        if (entry.Envelope > 0)
        {
            Next("envelope", output);
            CanonicalJson.WriteInteger(entry.Envelope, output);
        }

        Next("metadata", output);
        CanonicalJson.Write(entry.Metadata, output);
        Next("recordedAt", output);
        WriteTime(entry.RecordedAt, output);
        Next("sequence", output);
        CanonicalJson.WriteInteger(entry.Sequence, output);
        Next("streamId", output);
        WriteGuid(entry.StreamId, output);
        Next("streamVersion", output);
        CanonicalJson.WriteInteger(entry.StreamVersion, output);
        Next("type", output);
        CanonicalJson.WriteString(entry.EventType, output);
        CanonicalJson.Append(output, "}");
    }

    private static void Next(string name, IBufferWriter<byte> output)
    {
        CanonicalJson.Append(output, ",");
        CanonicalJson.WriteName(name, output);
    }

    private static void WriteGuid(Guid id, IBufferWriter<byte> output)
    {
        var span = output.GetSpan(38);
        span[0] = (byte)'"';
        id.TryFormat(span[1..], out var written, "D");
        span[written + 1] = (byte)'"';
        output.Advance(written + 2);
    }

    /// <summary><see cref="Application.Common.MicrosecondTime"/>'s text, quoted, written digit by digit (once per event hashed).</summary>
    private static void WriteTime(DateTimeOffset time, IBufferWriter<byte> output)
    {
        var t = time.UtcDateTime;
        var span = output.GetSpan(29);
        span[0] = (byte)'"';
        Digits(span.Slice(1, 4), t.Year);
        span[5] = (byte)'-';
        Digits(span.Slice(6, 2), t.Month);
        span[8] = (byte)'-';
        Digits(span.Slice(9, 2), t.Day);
        span[11] = (byte)'T';
        Digits(span.Slice(12, 2), t.Hour);
        span[14] = (byte)':';
        Digits(span.Slice(15, 2), t.Minute);
        span[17] = (byte)':';
        Digits(span.Slice(18, 2), t.Second);
        span[20] = (byte)'.';
        Digits(span.Slice(21, 6), (int)(t.Ticks % TimeSpan.TicksPerSecond / 10));
        span[27] = (byte)'Z';
        span[28] = (byte)'"';
        output.Advance(29);
    }

    private static void Digits(Span<byte> span, int value)
    {
        for (var i = span.Length - 1; i >= 0; i--, value /= 10) span[i] = (byte)('0' + value % 10);
    }
}
