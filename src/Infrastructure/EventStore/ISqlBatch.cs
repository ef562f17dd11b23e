namespace Deepnote.Infrastructure.EventStore;

/// <summary>Where a projection writes: statements with positional parameters (<c>$1</c>, <c>$2</c>, …) run in the
/// appending transaction (<see cref="SessionSqlBatch"/>) or in a rebuild's (<see cref="NpgsqlSqlBatch"/>).</summary>
public interface ISqlBatch
{
    void Add(string sql, params object?[] values);
}
