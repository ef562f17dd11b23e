namespace Deepnote.Application.Audit.Contracts;

/// <summary>Someone an event's data names by id — an account (<c>user</c>) or an address of the identity module's
/// directory (<c>address</c>) — with their e-mail as the directory holds it now. Not covered by the hash; absent once
/// erased.</summary>
public sealed record AuditPerson(Guid Id, string Kind, string Email);
