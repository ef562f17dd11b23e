namespace Deepnote.Domain.Vault.Connections;

/// <summary>What the log knows of a stored password: which vault secret holds it (sealed, re-wrappable on key
/// rotation) and its HMAC fingerprint. Never the password or its ciphertext.</summary>
public sealed record SealedCredential(Guid SecretId, string Fingerprint);
