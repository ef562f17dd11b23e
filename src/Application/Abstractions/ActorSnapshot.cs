using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Abstractions;

/// <summary>Who asked, captured so that work finishing after the request (a long query) is recorded under the same
/// actor, address and correlation id.</summary>
public sealed record ActorSnapshot(UserId? UserId, ActorKind Kind, string? IpAddress, string? UserAgent,
    string CorrelationId, ApiTokenId? ApiTokenId, WorkspaceId? TokenWorkspace)
{
    public static ActorSnapshot Of(ICurrentActor actor) => new(actor.UserId, actor.Kind, actor.IpAddress, actor.UserAgent,
        actor.CorrelationId, actor.ApiTokenId, actor.TokenWorkspace);
}
