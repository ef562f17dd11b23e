using System.Buffers.Binary;
using System.Text.Json;

namespace Deepnote.Worker.Protocol;

/// <summary>Length-prefixed frames over a pair of pipes (the worker's standard input and output): one kind byte, a
/// 32-bit big-endian length, the payload. A frame larger than <see cref="MaxPayload"/> is refused, so a confused or
/// hostile peer cannot make the other side allocate without bound.</summary>
public sealed class FrameChannel(Stream input, Stream output)
{
    public const int MaxPayload = 4 << 20;

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly SemaphoreSlim _writing = new(1, 1);
    private readonly byte[] _header = new byte[5];

    public async Task WriteAsync(FrameKind kind, ReadOnlyMemory<byte> payload, CancellationToken ct)
    {
        if (payload.Length > MaxPayload) throw new InvalidDataException($"A {kind} frame of {payload.Length} bytes is too large.");
        await _writing.WaitAsync(ct);
        try
        {
            var header = new byte[5];
            header[0] = (byte)kind;
            BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(1), payload.Length);
            await output.WriteAsync(header, ct);
            if (payload.Length > 0) await output.WriteAsync(payload, ct);
            await output.FlushAsync(ct);
        }
        finally
        {
            _writing.Release();
        }
    }

    public Task WriteJsonAsync<T>(FrameKind kind, T value, CancellationToken ct) =>
        WriteAsync(kind, JsonSerializer.SerializeToUtf8Bytes(value, Json), ct);

    /// <summary>The next frame, or null when the peer closed the pipe. Only one reader at a time.</summary>
    public async Task<Frame?> ReadAsync(CancellationToken ct)
    {
        if (!await FillAsync(_header, ct)) return null;
        var length = BinaryPrimitives.ReadInt32BigEndian(_header.AsSpan(1));
        if (length is < 0 or > MaxPayload) throw new InvalidDataException($"A frame of {length} bytes is too large.");
        var payload = length == 0 ? [] : new byte[length];
        if (length > 0 && !await FillAsync(payload, ct)) throw new EndOfStreamException("The pipe closed inside a frame.");
        return new Frame((FrameKind)_header[0], payload);
    }

    private async Task<bool> FillAsync(byte[] buffer, CancellationToken ct)
    {
        var filled = 0;
        while (filled < buffer.Length)
        {
            var read = await input.ReadAsync(buffer.AsMemory(filled), ct);
            if (read == 0) return filled == 0 ? false : throw new EndOfStreamException("The pipe closed inside a frame.");
            filled += read;
        }

        return true;
    }
}
