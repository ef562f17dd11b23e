namespace Deepnote.Application.Abstractions;

/// <summary>Rows that know what they take in memory (the buffers they hold), so budgets count real bytes.</summary>
public interface IMeasuredRows
{
    long MemoryBytes { get; }
}
