namespace Deepnote.Application.Abstractions;

/// <summary>One database transaction for a command: the event store and the module stores enlist in it, and the
/// transaction behaviour commits it once the outermost handler succeeds.</summary>
public interface IUnitOfWork
{
    Task BeginAsync(CancellationToken ct);

    Task CommitAsync(CancellationToken ct);

    Task RollbackAsync(CancellationToken ct);

    /// <summary>Runs <paramref name="action"/> once the transaction has committed (at once when there is none), so
    /// that work handed elsewhere, such as a queued job, never sees rows that are not there yet.</summary>
    void AfterCommit(Action action);

    /// <summary>Runs <paramref name="action"/> if the transaction rolls back or its commit fails (nothing when there is
    /// no transaction), so that work waiting on the commit is told it never happened.</summary>
    void AfterRollback(Action action);
}
