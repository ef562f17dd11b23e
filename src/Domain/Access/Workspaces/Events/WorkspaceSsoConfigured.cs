using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Workspaces.Events;

/// <summary>The workspace's OpenID Connect provider. The client secret is a sealed vault secret (its id only).</summary>
[EventName("WorkspaceSsoConfigured")]
public sealed record WorkspaceSsoConfigured(WorkspaceId WorkspaceId, string Issuer, string ClientId, Guid? ClientSecretId,
    IReadOnlyList<string> AllowedDomains, WorkspaceRole DefaultRole, bool EnforceSso, DateTimeOffset OccurredAt)
    : IDomainEvent;
