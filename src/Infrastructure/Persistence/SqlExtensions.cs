using Npgsql;

namespace Deepnote.Infrastructure.Persistence;

/// <summary>Small helpers over Npgsql for the stores and readers: positional parameters, mapped rows.</summary>
public static class SqlExtensions
{
    public static NpgsqlCommand Command(this NpgsqlConnection connection, NpgsqlTransaction? tx, string sql,
        params object?[] values)
    {
        var command = new NpgsqlCommand(sql, connection, tx);
        foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        return command;
    }

    public static Task<List<T>> QueryAsync<T>(this NpgsqlUnitOfWork uow, string sql, Func<NpgsqlDataReader, T> map,
        CancellationToken ct, params object?[] values) =>
        uow.ExecuteAsync(async (connection, tx) =>
        {
            await using var command = connection.Command(tx, sql, values);
            await using var reader = await command.ExecuteReaderAsync(ct);
            var rows = new List<T>();
            while (await reader.ReadAsync(ct)) rows.Add(map(reader));
            return rows;
        }, ct);

    public static async Task<T?> QuerySingleAsync<T>(this NpgsqlUnitOfWork uow, string sql,
        Func<NpgsqlDataReader, T> map, CancellationToken ct, params object?[] values) =>
        (await uow.QueryAsync(sql, map, ct, values)).FirstOrDefault();

    public static Task<int> ExecuteAsync(this NpgsqlUnitOfWork uow, string sql, CancellationToken ct,
        params object?[] values) =>
        uow.ExecuteAsync(async (connection, tx) =>
        {
            await using var command = connection.Command(tx, sql, values);
            return await command.ExecuteNonQueryAsync(ct);
        }, ct);

    public static T? GetNullable<T>(this NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? default : reader.GetFieldValue<T>(ordinal);
}
