using Deepnote.Application.Abstractions;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.IntegrationTests.Infrastructure;

public sealed class TestActor : ICurrentActor
{
    public UserId? UserId { get; set; }

    public ActorKind Kind { get; set; } = ActorKind.System;

    public string? IpAddress { get; set; } = "127.0.0.1";

    public string? UserAgent { get; set; } = "integration-tests";

    public string CorrelationId { get; set; } = Guid.NewGuid().ToString("N");
}
