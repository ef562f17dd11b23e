using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Abstractions;

/// <summary>Who is making the request and from where; recorded in every event's metadata.</summary>
public interface ICurrentActor
{
    UserId? UserId { get; }

    ActorKind Kind { get; }

    string? IpAddress { get; }

    string? UserAgent { get; }

    string CorrelationId { get; }

    /// <summary>Set when the request came with an API token: the token, and the one workspace it may act in.</summary>
    ApiTokenId? ApiTokenId => null;

    WorkspaceId? TokenWorkspace => null;

    /// <summary>The signed-in user; for handlers whose requirement already demanded one (never null there, but a
    /// handler does not trust that silently).</summary>
    UserId RequireUser() => UserId ?? throw new Common.UnauthenticatedException();
}
