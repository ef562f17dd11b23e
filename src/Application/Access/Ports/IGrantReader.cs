using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Common;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Access.Ports;

/// <summary>Who holds a data-access grant on a connection.</summary>
public interface IGrantReader
{
    Task<Page<ConnectionGrantDto>> ListGrantsAsync(ConnectionId connection, int size, long offset, CancellationToken ct);
}
