using Deepnote.Application.Abstractions;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Api.Security;

/// <summary>The request's actor, filled in by <see cref="SessionAuthenticationMiddleware"/> (or as the system for
/// start-up tasks).</summary>
public sealed class CurrentActor : ICurrentActor
{
    public UserId? UserId { get; private set; }

    public ActorKind Kind { get; private set; } = ActorKind.Anonymous;

    public string? IpAddress { get; private set; }

    public string? UserAgent { get; private set; }

    public string CorrelationId { get; private set; } = Guid.NewGuid().ToString("N");

    public ApiTokenId? ApiTokenId { get; private set; }

    public WorkspaceId? TokenWorkspace { get; private set; }

    /// <summary>The raw session token of a cookie request, kept only to sign out.</summary>
    public string? SessionToken { get; private set; }

    public void FromRequest(string correlationId, string? ipAddress, string? userAgent) =>
        (CorrelationId, IpAddress, UserAgent) = (correlationId, ipAddress, userAgent);

    public void SignedIn(UserId user, string? sessionToken) =>
        (UserId, Kind, SessionToken) = (user, ActorKind.User, sessionToken);

    public void SignedInWithToken(UserId user, ApiTokenId token, WorkspaceId workspace) =>
        (UserId, Kind, ApiTokenId, TokenWorkspace) = (user, ActorKind.User, token, workspace);

    public void AsSystem() => Kind = ActorKind.System;

    /// <summary>Acts again as a captured actor (work that finishes after its request).</summary>
    public void Restore(ActorSnapshot actor) =>
        (UserId, Kind, IpAddress, UserAgent, CorrelationId, ApiTokenId, TokenWorkspace) = (actor.UserId, actor.Kind,
            actor.IpAddress, actor.UserAgent, actor.CorrelationId, actor.ApiTokenId, actor.TokenWorkspace);
}
