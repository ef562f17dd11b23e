using System.Text.Json;
using Deepnote.Application.Abstractions;

namespace Deepnote.Infrastructure.EventStore;

/// <summary>Who appended an event, as stored in its chain row's <c>metadata</c> and hashed with it
/// (docs/audit-chain.md): the keys and their order are part of every hash ever written.</summary>
public static class ActorMetadata
{
    public static JsonElement Of(ICurrentActor actor) => JsonSerializer.SerializeToElement(new Dictionary<string, string?>
    {
        ["actorId"] = actor.UserId?.Value.ToString("D"),
        ["actorKind"] = actor.Kind.ToString(),
        ["apiTokenId"] = actor.ApiTokenId?.Value.ToString("D"),
        ["correlationId"] = actor.CorrelationId,
        ["ipAddress"] = actor.IpAddress,
        ["userAgent"] = actor.UserAgent,
    });
}
