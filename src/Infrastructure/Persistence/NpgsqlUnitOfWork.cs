using Deepnote.Application.Abstractions;
using Npgsql;

namespace Deepnote.Infrastructure.Persistence;

/// <summary>The command's PostgreSQL transaction. Nested begins join it; the outermost commit commits; any
/// rollback rolls the whole of it back. Work outside a command gets a transaction of its own.</summary>
public sealed class NpgsqlUnitOfWork(NpgsqlDataSource dataSource) : IUnitOfWork, IAsyncDisposable
{
    private int _depth;
    private NpgsqlConnection? _connection;
    private NpgsqlTransaction? _transaction;
    private bool _rolledBack;
    private readonly List<Action> _afterCommit = [];
    private readonly List<Action> _afterRollback = [];

    public NpgsqlDataSource DataSource => dataSource;

    public async Task BeginAsync(CancellationToken ct)
    {
        if (_depth++ > 0) return;
        _rolledBack = false;
        (_connection, _transaction) = await OpenTransactionAsync(dataSource, ct);
    }

    public async Task CommitAsync(CancellationToken ct)
    {
        if (--_depth > 0) return;
        try
        {
            if (_rolledBack) throw new InvalidOperationException("The transaction was rolled back by a nested request.");
            await _transaction!.CommitAsync(ct);
        }
        catch
        {
            _afterCommit.Clear();
            RunAfterRollback();
            throw;
        }
        finally
        {
            await CloseAsync();
        }

        _afterRollback.Clear();
        var actions = _afterCommit.ToArray();
        _afterCommit.Clear();
        foreach (var action in actions) action();
    }

    public void AfterCommit(Action action)
    {
        if (_transaction is null) action();
        else _afterCommit.Add(action);
    }

    public void AfterRollback(Action action)
    {
        if (_transaction is not null) _afterRollback.Add(action);
    }

    private void RunAfterRollback()
    {
        var actions = _afterRollback.ToArray();
        _afterRollback.Clear();
        foreach (var action in actions) action();
    }

    public async Task RollbackAsync(CancellationToken ct)
    {
        _depth = Math.Max(0, _depth - 1);
        if (_transaction is not null && !_rolledBack)
        {
            _rolledBack = true;
            await _transaction.RollbackAsync(ct);
        }

        if (_depth == 0)
        {
            _afterCommit.Clear();
            RunAfterRollback();
            await CloseAsync();
        }
    }

    /// <summary>Runs <paramref name="work"/> in the command's transaction, or in one of its own (committed at once)
    /// when there is no command.</summary>
    public async Task<T> ExecuteAsync<T>(Func<NpgsqlConnection, NpgsqlTransaction, Task<T>> work, CancellationToken ct)
    {
        if (_transaction is not null && !_rolledBack) return await work(_connection!, _transaction);
        return await ExecuteStandaloneAsync(dataSource, work, ct);
    }

    public static async Task<T> ExecuteStandaloneAsync<T>(NpgsqlDataSource dataSource,
        Func<NpgsqlConnection, NpgsqlTransaction, Task<T>> work, CancellationToken ct)
    {
        var (connection, transaction) = await OpenTransactionAsync(dataSource, ct);
        await using (connection)
        await using (transaction)
        {
            var result = await work(connection, transaction);
            await transaction.CommitAsync(ct);
            return result;
        }
    }

    private static async Task<(NpgsqlConnection, NpgsqlTransaction)> OpenTransactionAsync(NpgsqlDataSource dataSource,
        CancellationToken ct)
    {
        var connection = await dataSource.OpenConnectionAsync(ct);
        try
        {
            return (connection, await connection.BeginTransactionAsync(ct));
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task CloseAsync()
    {
        if (_transaction is not null) await _transaction.DisposeAsync();
        if (_connection is not null) await _connection.DisposeAsync();
        (_transaction, _connection) = (null, null);
    }

    public async ValueTask DisposeAsync() => await CloseAsync();
}
