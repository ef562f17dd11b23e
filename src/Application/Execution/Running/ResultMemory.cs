using Deepnote.Application.Abstractions;

namespace Deepnote.Application.Execution.Running;

/// <summary>What a result really takes in this process: its buffers when it knows them (<see cref="IMeasuredRows"/>),
/// else the CLR's cost of boxed rows (object header and method table, array slots, UTF-16 strings).</summary>
public static class ResultMemory
{
    private const int ObjectOverhead = 24;

    public static long Of(QueryResult result)
    {
        if (result.Rows is IMeasuredRows measured) return measured.MemoryBytes;
        long total = ObjectOverhead + 8L * result.Rows.Count;
        foreach (var row in result.Rows)
        {
            total += ObjectOverhead + 8L * row.Length;
            foreach (var value in row) total += Value(value);
        }

        return total;
    }

    private static long Value(object? value) => value switch
    {
        null => 0,
        string s => 22 + 2L * s.Length,
        decimal => 32,
        _ => ObjectOverhead,
    };
}
