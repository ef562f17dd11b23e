using Deepnote.Application.Abstractions;
using Deepnote.Domain.SharedKernel;

// Benchmarks, each against a baseline measured in the same run (docs/benchmarks.md).
// ./deepnote bench [events|vault|authz|exec|audit|all] [seconds-per-case, or audit's chain length]
var which = args.FirstOrDefault(a => !int.TryParse(a, out _)) ?? "all";
var seconds = args.Select(a => int.TryParse(a, out var n) ? n : 0).FirstOrDefault(n => n > 0, 10);
if (which is "vault" or "all") VaultBenchmark.Run(seconds);
if (which is "authz" or "all") AuthorizationBenchmark.Run();
if (which is "exec" or "all")
{
    await ExecutionBenchmark.RunAsync(BenchDatabase(), Environment.GetEnvironmentVariable("DEEPNOTE_BENCH_CUSTOMERS")
        ?? throw new InvalidOperationException("DEEPNOTE_BENCH_CUSTOMERS is not set: run ./deepnote bench."), iterations: 50);
}

if (which is "coldstart-marten" or "coldstart-before")
{
    return await EventStoreBenchmark.ColdStartChildAsync(which["coldstart-".Length..], BenchDatabase());
}

if (which is "events" or "all") await EventStoreBenchmark.RunAsync(BenchDatabase(), seconds);
if (which is "audit" or "all")
{
    // ./deepnote bench audit [events]: the count is the chain's length (1,000,000 unless given).
    await AuditBenchmark.RunAsync(BenchDatabase(), which == "audit"
        ? args.Select(a => int.TryParse(a, out var n) ? n : 0).FirstOrDefault(n => n > 0, 1_000_000) : 1_000_000);
}

return 0;

static string BenchDatabase() => Environment.GetEnvironmentVariable("DEEPNOTE_BENCH_DB")
    ?? throw new InvalidOperationException("DEEPNOTE_BENCH_DB is not set: run ./deepnote bench.");

internal sealed class BenchActor : ICurrentActor
{
    public UserId? UserId => null;

    public ActorKind Kind => ActorKind.System;

    public string? IpAddress => null;

    public string? UserAgent => "benchmark";

    public string CorrelationId => "bench";
}
