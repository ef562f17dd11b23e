using Deepnote.Application.Abstractions;
using Deepnote.Domain.Execution;

namespace Deepnote.Infrastructure.Execution.Cluster;

/// <summary>A run its node never recorded, with the actor to record it as.</summary>
internal sealed record LostRun(ExecutionTarget Target, ActorSnapshot Actor, DateTimeOffset StartedAt);
