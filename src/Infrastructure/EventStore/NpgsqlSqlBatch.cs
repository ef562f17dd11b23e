using Npgsql;

namespace Deepnote.Infrastructure.EventStore;

/// <summary>Collects a projection's statements into an <see cref="NpgsqlBatch"/> sent in one round trip.</summary>
public sealed class NpgsqlSqlBatch(NpgsqlBatch batch) : ISqlBatch
{
    public void Add(string sql, params object?[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        batch.BatchCommands.Add(command);
    }
}
