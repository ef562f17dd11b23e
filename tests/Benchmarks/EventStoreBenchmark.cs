using System.Diagnostics;
using System.Security.Cryptography;
using Deepnote.Domain.Identity.Users.Events;
using Deepnote.Domain.SharedKernel;
using Deepnote.Infrastructure.EventStore;
using Deepnote.Infrastructure.Persistence;
using Marten;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

/// <summary>Event appends with the hash chain, in one run against one PostgreSQL: a raw INSERT of the same rows
/// (the floor), the store as it was before Marten (<see cref="PreMartenEventStore"/>) and the store on Marten; then
/// cold start to the first append, and reading back a 10,000-event stream.</summary>
internal static class EventStoreBenchmark
{
    private const int Writers = 16;
    private const int ReplayEvents = 10_000;

    public static async Task RunAsync(string connectionString, int seconds)
    {
        await using var dataSource = Deepnote.Infrastructure.DependencyInjection.CreateDataSource(connectionString, Writers + 4);
        await new DatabaseMigrator(dataSource, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(default);
        using var documents = MartenConfiguration.CreateStore(dataSource);
        await ExecuteAsync(dataSource, PreMartenEventStore.Schema + """
            drop table if exists raw_events;
            create table raw_events (like pre_marten_events including all);
            create sequence if not exists raw_events_seq;
            """);

        Console.WriteLine();
        Console.WriteLine($"# Event store append benchmark ({Writers} writers, {seconds} s per case, {Environment.ProcessorCount} cores)");
        Console.WriteLine();
        Console.WriteLine("| case | raw INSERT events/s | before Marten events/s | on Marten events/s | Marten/raw | Marten/before |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (name, batch, sharedChain) in new[]
                 {
                     ("1 event/tx, a chain per writer", 1, false),
                     ("1 event/tx, one shared chain", 1, true),
                     ("10 events/tx, a chain per writer", 10, false),
                     ("10 events/tx, one shared chain", 10, true),
                 })
        {
            var raw = await MeasureAsync(seconds, _ => RawInsert(dataSource, batch));
            var before = await MeasureAsync(seconds, _ => AppendBefore(dataSource, batch, sharedChain));
            var marten = await MeasureAsync(seconds, _ => AppendOnMarten(dataSource, documents, batch, sharedChain));
            Console.WriteLine($"| {name} | {raw:F0} | {before:F0} | {marten:F0} | {marten / raw:F2}x | {marten / before:F2}x |");
        }

        await ColdStartAsync();
        await ReplayAsync(dataSource, documents);
    }

    /// <summary>In a child process: from process start to the first append committed. Prints milliseconds.</summary>
    public static async Task<int> ColdStartChildAsync(string store, string connectionString)
    {
        await using var dataSource = Deepnote.Infrastructure.DependencyInjection.CreateDataSource(connectionString, 4);
        var stream = Guid.NewGuid();
        IDomainEvent[] events = [new UserSignedIn(new UserId(stream), DateTimeOffset.UtcNow)];
        if (store == "marten")
        {
            using var documents = MartenConfiguration.CreateStore(dataSource);
            await using var uow = new NpgsqlUnitOfWork(dataSource);
            await new MartenEventStore(uow, documents, new BenchActor(), [], TimeProvider.System)
                .AppendAsync(stream, Guid.NewGuid(), 0, events, default);
        }
        else
        {
            await new PreMartenEventStore(dataSource, new BenchActor(), TimeProvider.System)
                .AppendAsync(stream, Guid.NewGuid(), 0, events);
        }

        Console.WriteLine((DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds.ToString("F0"));
        return 0;
    }

    private static async Task ColdStartAsync()
    {
        Console.WriteLine();
        Console.WriteLine("# Cold start: process start to the first append committed (median of 5 processes)");
        Console.WriteLine();
        Console.WriteLine("| store | ms |");
        Console.WriteLine("|---|---:|");
        foreach (var store in new[] { "before", "marten" })
        {
            var samples = new List<double>();
            for (var i = 0; i < 5; i++)
            {
                var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
                if (!Environment.ProcessPath!.EndsWith("Benchmarks", StringComparison.Ordinal))
                {
                    start.ArgumentList.Add(typeof(EventStoreBenchmark).Assembly.Location);
                }

                start.ArgumentList.Add("coldstart-" + store);
                using var child = Process.Start(start)!;
                var output = await child.StandardOutput.ReadToEndAsync();
                await child.WaitForExitAsync();
                samples.Add(double.Parse(output.Trim().Split('\n')[^1]));
            }

            Console.WriteLine($"| {(store == "marten" ? "on Marten" : "before Marten")} | {samples.Order().ElementAt(2):F0} |");
        }
    }

    private static async Task ReplayAsync(NpgsqlDataSource dataSource, IDocumentStore documents)
    {
        var (stream, chain) = (Guid.NewGuid(), Guid.NewGuid());
        var before = new PreMartenEventStore(dataSource, new BenchActor(), TimeProvider.System);
        for (var version = 0L; version < ReplayEvents; version += 100)
        {
            var events = Enumerable.Range(0, 100)
                .Select(_ => (IDomainEvent)new UserSignedIn(new UserId(stream), DateTimeOffset.UtcNow)).ToArray();
            await before.AppendAsync(stream, chain, version, events);
            await using var uow = new NpgsqlUnitOfWork(dataSource);
            await new MartenEventStore(uow, documents, new BenchActor(), [], TimeProvider.System)
                .AppendAsync(stream, chain, version, events, default);
        }

        Console.WriteLine();
        Console.WriteLine($"# Reading back one {ReplayEvents:N0}-event stream, deserialised (median of 7)");
        Console.WriteLine();
        Console.WriteLine("| read | ms |");
        Console.WriteLine("|---|---:|");
        Console.WriteLine($"| before Marten: its events table | {await MedianAsync(() => before.ReadStreamAsync(stream)):F1} |");
        Console.WriteLine($"| on Marten: the product's FetchStreamAsync (chained view) | {await MedianAsync(async () =>
        {
            await using var uow = new NpgsqlUnitOfWork(dataSource);
            return (await new MartenEventStore(uow, documents, new BenchActor(), [], TimeProvider.System)
                .FetchStreamAsync(stream, default)).Count;
        }):F1} |");
        Console.WriteLine($"| on Marten: Marten's own Events.FetchStreamAsync | {await MedianAsync(async () =>
        {
            await using var session = documents.QuerySession();
            return (await session.Events.FetchStreamAsync(stream)).Count;
        }):F1} |");
    }

    private static async Task<double> MedianAsync(Func<Task<int>> read)
    {
        var samples = new List<double>();
        for (var i = 0; i < 8; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var count = await read();
            if (count != ReplayEvents) throw new InvalidOperationException($"Read {count} events, expected {ReplayEvents}.");
            if (i > 0) samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds); // the first warms up
        }

        return samples.Order().ElementAt(samples.Count / 2);
    }

    private static async Task<double> MeasureAsync(int seconds, Func<int, Func<Task<int>>> makeWriter)
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        var started = Stopwatch.GetTimestamp();
        var counts = await Task.WhenAll(Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            var write = makeWriter(w);
            var total = 0;
            while (!stop.IsCancellationRequested) total += await write();
            return total;
        })));
        return counts.Sum() / Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    // The floor: the same columns (JSON data and metadata, two hashes) inserted as they are, no chain, no checks.
    private static Func<Task<int>> RawInsert(NpgsqlDataSource dataSource, int batch)
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

    private static readonly Guid SharedChain = Guid.Parse("00000000-0000-0000-0000-0000000000be");

    private static Func<Task<int>> AppendBefore(NpgsqlDataSource dataSource, int batch, bool sharedChain)
    {
        var store = new PreMartenEventStore(dataSource, new BenchActor(), TimeProvider.System);
        var (stream, chain, version) = (Guid.NewGuid(), sharedChain ? SharedChain : Guid.NewGuid(), 0L);
        return async () =>
        {
            await store.AppendAsync(stream, chain, version, Events(stream, batch));
            version += batch;
            return batch;
        };
    }

    private static Func<Task<int>> AppendOnMarten(NpgsqlDataSource dataSource, IDocumentStore documents, int batch,
        bool sharedChain)
    {
        // No unit of work begun: each append commits in a transaction of its own, as PreMartenEventStore's do.
        var store = new MartenEventStore(new NpgsqlUnitOfWork(dataSource), documents, new BenchActor(), [],
            TimeProvider.System);
        var (stream, chain, version) = (Guid.NewGuid(), sharedChain ? SharedChain : Guid.NewGuid(), 0L);
        return async () =>
        {
            await store.AppendAsync(stream, chain, version, Events(stream, batch), default);
            version += batch;
            return batch;
        };
    }

    private static IDomainEvent[] Events(Guid stream, int count) => Enumerable.Range(0, count)
        .Select(_ => (IDomainEvent)new UserSignedIn(new UserId(stream), DateTimeOffset.UtcNow)).ToArray();

    private static async Task ExecuteAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }
}
