using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Abstractions;

/// <summary>Who asked, captured so that work finishing after the request (a long query), or arriving from another
/// node, is authorized and recorded under the same actor, address and correlation id.</summary>
public sealed record ActorSnapshot(UserId? UserId, ActorKind Kind, string? IpAddress, string? UserAgent,
    string CorrelationId, ApiTokenId? ApiTokenId, WorkspaceId? TokenWorkspace)
{
    /// <summary>The host itself (its own housekeeping).</summary>
    public static ActorSnapshot System => new(null, ActorKind.System, null, null, Guid.NewGuid().ToString("N"), null, null);

    public static ActorSnapshot Of(ICurrentActor actor) => new(actor.UserId, actor.Kind, actor.IpAddress, actor.UserAgent,
        actor.CorrelationId, actor.ApiTokenId, actor.TokenWorkspace);
}
