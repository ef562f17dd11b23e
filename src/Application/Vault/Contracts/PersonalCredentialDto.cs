namespace Deepnote.Application.Vault.Contracts;

/// <summary>What a member sees of their own credentials on a per-person connection: never the password.</summary>
public sealed record PersonalCredentialDto(string Username, DateTimeOffset SetAt, Guid SecretId);
