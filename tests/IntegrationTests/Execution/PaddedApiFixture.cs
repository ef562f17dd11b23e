using Deepnote.Infrastructure.Execution.Workers;
using Deepnote.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Deepnote.IntegrationTests.Execution;

/// <summary>An API whose connection-failure padding is recorded instead of waited for.</summary>
public sealed class PaddedApiFixture : ApiFixture
{
    public RecordingPadding Padding { get; } = new();

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<FailurePadding>(Padding);
}
