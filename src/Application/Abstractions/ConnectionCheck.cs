using Deepnote.Domain.Vault.Connections;

namespace Deepnote.Application.Abstractions;

public sealed record ConnectionCheck(bool Success, string Message);
