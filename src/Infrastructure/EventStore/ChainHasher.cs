using System.Buffers;

namespace Deepnote.Infrastructure.EventStore;

/// <summary>hash = SHA-256(previous hash bytes || canonical bytes of the event envelope), hex lower-case. The
/// first event of a chain has the all-zero previous hash.</summary>
public static class ChainHasher
{
    public static readonly string GenesisHash = new('0', 64);

    [ThreadStatic] private static ArrayBufferWriter<byte>? _buffer;

    public static string Hash(string previousHash, ChainEntry entry)
    {
        var buffer = Start(previousHash);
        WriteEnvelope(entry, buffer);
        Span<byte> hash = stackalloc byte[32];
        Sha256Digest.Hash(buffer.WrittenSpan, hash);
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>Whether <paramref name="hash"/> (hex, UTF-8) is the hash of the stored event after
    /// <paramref name="previousHash"/> (the same); nothing is allocated (verification runs this once per event).</summary>
    public static bool Matches(ReadOnlySpan<byte> previousHash, StoredChainEntry entry, ReadOnlySpan<byte> hash)
    {
        var buffer = EmptyBuffer();
        if (Convert.FromHexString(previousHash, buffer.GetSpan(32), out _, out var previousLength) != OperationStatus.Done
            || previousLength != 32)
        {
            return false;
        }

        buffer.Advance(32);
        WriteHead(entry.ChainId, entry.ChainPosition, buffer);
        CanonicalUtf8Json.Write(entry.Data, buffer);
        WriteMiddle(entry.Envelope, buffer);
        CanonicalUtf8Json.Write(entry.Metadata, buffer);
        WriteTail(entry.RecordedAt, entry.Sequence, entry.StreamId, entry.StreamVersion, entry.EventType, buffer);
        Span<byte> computed = stackalloc byte[32];
        Sha256Digest.Hash(buffer.WrittenSpan, computed);
        Span<byte> hex = stackalloc byte[64]; // the stored spelling exactly: lower-case hex
        return Convert.TryToHexStringLower(computed, hex, out _) && hash.SequenceEqual(hex);
    }

    private static ArrayBufferWriter<byte> Start(string previousHash)
    {
        var buffer = EmptyBuffer();
        Convert.FromHexString(previousHash, buffer.GetSpan(32), out _, out _);
        buffer.Advance(32);
        return buffer;
    }

    /// <summary>This thread's envelope buffer, emptied (one per thread instead of one per event).</summary>
    private static ArrayBufferWriter<byte> EmptyBuffer()
    {
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        return buffer;
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
        WriteHead(entry.ChainId, entry.ChainPosition, output);
        CanonicalJson.Write(entry.Data, output);
        WriteMiddle(entry.Envelope, output);
        CanonicalJson.Write(entry.Metadata, output);
        WriteTail(entry.RecordedAt, entry.Sequence, entry.StreamId, entry.StreamVersion, entry.EventType, output);
    }

    /// <summary>Up to the data's value: <c>{"chainId":…,"chainPosition":…,"data":</c>.</summary>
    private static void WriteHead(Guid chainId, long chainPosition, IBufferWriter<byte> output)
    {
        output.Write("{\"chainId\":"u8);
        WriteGuid(chainId, output);
        output.Write(",\"chainPosition\":"u8);
        CanonicalJson.WriteInteger(chainPosition, output);
        output.Write(",\"data\":"u8);
    }

    /// <summary>Between data and metadata: the envelope version (from version 1 on), then <c>"metadata":</c>.</summary>
    private static void WriteMiddle(int envelope, IBufferWriter<byte> output)
    {
        if (envelope > 0)
        {
            output.Write(",\"envelope\":"u8);
            CanonicalJson.WriteInteger(envelope, output);
        }

        output.Write(",\"metadata\":"u8);
    }

    private static void WriteTail(DateTimeOffset recordedAt, long sequence, Guid streamId, long streamVersion,
        string eventType, IBufferWriter<byte> output)
    {
        output.Write(",\"recordedAt\":"u8);
        WriteTime(recordedAt, output);
        output.Write(",\"sequence\":"u8);
        CanonicalJson.WriteInteger(sequence, output);
        output.Write(",\"streamId\":"u8);
        WriteGuid(streamId, output);
        output.Write(",\"streamVersion\":"u8);
        CanonicalJson.WriteInteger(streamVersion, output);
        output.Write(",\"type\":"u8);
        CanonicalJson.WriteString(eventType, output);
        output.Write("}"u8);
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
