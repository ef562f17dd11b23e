namespace Deepnote.Application.Identity.Ports;

public sealed record OidcIdentity(string Subject, string Email, bool EmailVerified);
