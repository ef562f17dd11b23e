namespace Deepnote.Application.Vault.Ports;

/// <summary>A stored file's size and keyed content hash (<c>k&lt;version&gt;:&lt;hex&gt;</c>, an HMAC over its SHA-256 under
/// the workspace's key).</summary>
public sealed record StoredFile(long Size, string ContentHmac);
