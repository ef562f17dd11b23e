namespace Deepnote.Application.Audit.Contracts;

public sealed record AuditActor(Guid? Id, string Kind, string? Email, Guid? ApiTokenId = null);
