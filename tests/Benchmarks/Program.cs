using System.Diagnostics;
using System.Security.Cryptography;
using Deepnote.Application.Abstractions;
using Deepnote.Domain.Identity.Users.Events;
using Deepnote.Domain.SharedKernel;
using Deepnote.Infrastructure.EventStore;
using Deepnote.Infrastructure.Persistence;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

// Event appends with the hash chain vs a raw INSERT of the same rows into a table of the same shape, measured
// in the same run against the same PostgreSQL. Usage: ./deepnote bench [seconds-per-case] (default 10).
// ./deepnote bench [events|vault|authz|exec|all] [seconds-per-case]
var which = args.FirstOrDefault(a => !int.TryParse(a, out _)) ?? "all";
var seconds = args.Select(a => int.TryParse(a, out var n) ? n : 0).FirstOrDefault(n => n > 0, 10);
const int writers = 16;
if (which is "vault" or "all") VaultBenchmark.Run(seconds);
if (which is "authz" or "all") AuthorizationBenchmark.Run();
if (which is "exec" or "all")
{
    await ExecutionBenchmark.RunAsync(Environment.GetEnvironmentVariable("DEEPNOTE_BENCH_DB")
        ?? throw new InvalidOperationException("DEEPNOTE_BENCH_DB is not set: run ./deepnote bench."),
        Environment.GetEnvironmentVariable("DEEPNOTE_BENCH_CUSTOMERS")
        ?? throw new InvalidOperationException("DEEPNOTE_BENCH_CUSTOMERS is not set: run ./deepnote bench."), iterations: 50);
}

if (which is not ("events" or "all")) return;

var connectionString = Environment.GetEnvironmentVariable("DEEPNOTE_BENCH_DB")
    ?? throw new InvalidOperationException("DEEPNOTE_BENCH_DB is not set: run ./deepnote bench.");

await using var dataSource = Deepnote.Infrastructure.DependencyInjection.CreateDataSource(connectionString, writers + 4);
await new DatabaseMigrator(dataSource, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(default);
using var documents = MartenConfiguration.CreateStore(dataSource);
await Execute(dataSource, """
    drop table if exists raw_events;
    create table raw_events (like events including all);
    create sequence if not exists raw_events_seq;
    truncate mt_events, mt_streams, event_chain, stream_chains, chain_heads;
    """);

Console.WriteLine();
Console.WriteLine($"# Event store append benchmark ({writers} writers, {seconds} s per case, {Environment.ProcessorCount} cores)");
Console.WriteLine();
Console.WriteLine("| case | raw INSERT events/s | event store events/s | ratio |");
Console.WriteLine("|---|---:|---:|---:|");
foreach (var (name, batch, sharedChain) in new[]
         {
             ("1 event/tx, a chain per writer", 1, false),
             ("1 event/tx, one shared chain", 1, true),
             ("10 events/tx, a chain per writer", 10, false),
             ("10 events/tx, one shared chain", 10, true),
         })
{
    var raw = await Measure(seconds, writer => RawInsert(dataSource, batch));
    var store = await Measure(seconds, writer => Append(dataSource, documents, writer, batch, sharedChain));
    Console.WriteLine($"| {name} | {raw:F0} | {store:F0} | {store / raw:F2}x |");
}

static async Task<double> Measure(int seconds, Func<int, Func<Task<int>>> makeWriter)
{
    using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
    var started = Stopwatch.GetTimestamp();
    var counts = await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
    {
        var write = makeWriter(w);
        var total = 0;
        while (!stop.IsCancellationRequested) total += await write();
        return total;
    })));
    return counts.Sum() / Stopwatch.GetElapsedTime(started).TotalSeconds;
}

// The baseline: the same columns (JSON data and metadata, two hashes) inserted as they are, no chain, no checks.
static Func<Task<int>> RawInsert(NpgsqlDataSource dataSource, int batch)
{
    var stream = Guid.NewGuid();
    var version = 0L;
    return async () =>
    {
        await NpgsqlUnitOfWork.ExecuteStandaloneAsync(dataSource, async (connection, tx) =>
        {
            await using var command = connection.Command(tx, """
                insert into raw_events (sequence, stream_id, stream_version, chain_id, chain_position, event_type, data,
                                        metadata, actor_id, recorded_at, previous_hash, hash)
                select nextval('raw_events_seq'), $1, $2 + g, $1, $2 + g, 'UserSignedIn',
                       jsonb_build_object('userId', $1::text, 'occurredAt', now()::text),
                       '{"actorKind":"System","correlationId":"bench"}'::jsonb, null, now(), $3, $3
                from generate_series(1, $4) g
                """, stream, version, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)), batch);
            return await command.ExecuteNonQueryAsync();
        }, default);
        version += batch;
        return batch;
    };
}

static Func<Task<int>> Append(NpgsqlDataSource dataSource, Marten.IDocumentStore documents, int writer, int batch, bool sharedChain)
{
    var uow = new NpgsqlUnitOfWork(dataSource);
    var store = new MartenEventStore(uow, documents, new BenchActor(), Array.Empty<IInlineProjection>(), TimeProvider.System);
    var stream = Guid.NewGuid();
    var chain = sharedChain ? Guid.Parse("00000000-0000-0000-0000-0000000000be") : Guid.NewGuid();
    var version = 0L;
    return async () =>
    {
        var events = Enumerable.Range(0, batch)
            .Select(_ => (IDomainEvent)new UserSignedIn(new UserId(stream), DateTimeOffset.UtcNow)).ToArray();
        await store.AppendAsync(stream, chain, version, events, default);
        version += batch;
        return batch;
    };
}

static async Task Execute(NpgsqlDataSource dataSource, string sql)
{
    await using var command = dataSource.CreateCommand(sql);
    await command.ExecuteNonQueryAsync();
}

internal sealed class BenchActor : ICurrentActor
{
    public UserId? UserId => null;

    public ActorKind Kind => ActorKind.System;

    public string? IpAddress => null;

    public string? UserAgent => "benchmark";

    public string CorrelationId => "bench";
}
