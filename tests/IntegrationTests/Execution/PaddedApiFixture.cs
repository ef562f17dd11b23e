using Deepnote.Api.Hosting;
using Deepnote.Infrastructure.Execution.Workers;
using Deepnote.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Deepnote.IntegrationTests.Execution;

/// <summary>An API whose connection-failure padding is recorded instead of waited for, and whose workers are small
/// (<see cref="WorkerMemoryMegabytes"/>), so that a sort spills to disk on a modest amount of data.</summary>
public sealed class PaddedApiFixture : ApiFixture
{
    public const int WorkerMemoryMegabytes = 384;

    public RecordingPadding Padding { get; } = new();

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<FailurePadding>(Padding);

    protected override Task<DeepnoteSettings> ConfigureAsync(DeepnoteSettings settings) => Task.FromResult(settings with
    {
        Workers = new WorkerOptions
        {
            EgressAllow = settings.Workers.EgressAllow,
            DuckDbDirectories = settings.Workers.DuckDbDirectories,
            IdleSeconds = settings.Workers.IdleSeconds,
            MemoryMegabytes = WorkerMemoryMegabytes,
        },
    });
}
