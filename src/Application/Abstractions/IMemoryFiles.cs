namespace Deepnote.Application.Abstractions;

/// <summary>Anonymous files that live in memory only (Linux memfd): a decrypted upload is handed to an engine by
/// path without ever touching a disk, and vanishes when disposed.</summary>
public interface IMemoryFiles
{
    IMemoryFile Create(string name);
}
