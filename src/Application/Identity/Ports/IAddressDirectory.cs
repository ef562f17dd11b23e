using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Identity.Ports;

/// <summary>The directory of personal data: e-mail addresses, outside the immutable log, which names them by
/// <see cref="AddressId"/> only. Writes join the command's transaction, so an address is recorded with the event that
/// names it or not at all.</summary>
public interface IAddressDirectory
{
    /// <summary>The address's id, recording the (normalised) address the first time it is named.</summary>
    Task<AddressId> RecordAsync(string email, CancellationToken ct);

    Task<AddressId?> FindAsync(string email, CancellationToken ct);

    /// <summary>Removes the address from the directory and from the identity module's stores that hold it (pending
    /// links, sign-in back-off and failures, mail counts); returns the rows removed.</summary>
    Task<int> EraseAsync(AddressId address, string email, CancellationToken ct);
}
