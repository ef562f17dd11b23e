namespace Deepnote.Application.Vault.Ports;

public sealed record StoredFile(long Size, string Sha256);
