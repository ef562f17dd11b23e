using Deepnote.Domain.Vault.Connections;

namespace Deepnote.Application.Abstractions;

/// <summary>Which connection (and which version of its credentials) a run is for; pools are keyed by both.</summary>
public sealed record ConnectionTarget(Guid ConnectionId, Guid CredentialVersion, ConnectionSettings Settings);
