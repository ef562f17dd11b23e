using System.Text.Json;

namespace Deepnote.Worker.Protocol;

/// <summary>One message between the API and a worker: a kind and its bytes.</summary>
public readonly record struct Frame(FrameKind Kind, byte[] Payload)
{
    public T Json<T>() => JsonSerializer.Deserialize<T>(Payload, FrameChannel.Json)
        ?? throw new InvalidDataException($"An empty {Kind} frame.");
}
