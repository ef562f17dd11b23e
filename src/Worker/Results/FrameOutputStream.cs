using Deepnote.Worker.Protocol;

namespace Deepnote.Worker.Results;

/// <summary>A write-only stream that sends what is written as <see cref="FrameKind.Arrow"/> frames of at most
/// <see cref="ChunkBytes"/> bytes, so an Arrow stream can cross the pipe between other frames.</summary>
public sealed class FrameOutputStream(FrameChannel channel) : Stream
{
    public const int ChunkBytes = 1 << 20;

    private readonly MemoryStream _pending = new();

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) =>
        WriteAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (buffer.Length > 0)
        {
            var room = ChunkBytes - (int)_pending.Length;
            var take = Math.Min(room, buffer.Length);
            _pending.Write(buffer.Span[..take]);
            buffer = buffer[take..];
            if (_pending.Length == ChunkBytes) await SendAsync(cancellationToken);
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush() => FlushAsync(CancellationToken.None).GetAwaiter().GetResult();

    public override Task FlushAsync(CancellationToken cancellationToken) =>
        _pending.Length == 0 ? Task.CompletedTask : SendAsync(cancellationToken);

    private async Task SendAsync(CancellationToken ct)
    {
        await channel.WriteAsync(FrameKind.Arrow, _pending.GetBuffer().AsMemory(0, (int)_pending.Length), ct);
        _pending.SetLength(0);
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
