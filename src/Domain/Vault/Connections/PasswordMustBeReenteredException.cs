using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Vault.Connections;

/// <summary>A shared password never follows its connection to another server or database.</summary>
public sealed class PasswordMustBeReenteredException()
    : DomainException("Enter the password again: a connection's password never follows it to another server or database.",
        DomainErrorKind.Invalid);
