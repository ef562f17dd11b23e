namespace Deepnote.Application.Abstractions;

public sealed record ConnectionCheck(bool Success, string Message);
