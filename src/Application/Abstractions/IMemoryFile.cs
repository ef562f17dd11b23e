namespace Deepnote.Application.Abstractions;

public interface IMemoryFile : IDisposable
{
    /// <summary>Write the content here, then give <see cref="Path"/> to the engine.</summary>
    Stream Content { get; }

    string Path { get; }
}
