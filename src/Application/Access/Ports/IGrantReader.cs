using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Common;
using Deepnote.Domain.SharedKernel;
using Deepnote.Application.Access.Contracts.CreateWorkspaceForOwner;
using Deepnote.Application.Access.Contracts.FindSsoWorkspace;
using Deepnote.Application.Access.Contracts.GetMyRole;
using Deepnote.Application.Access.Contracts.GetSsoSettings;
using Deepnote.Application.Access.Contracts.GetTokenLifetimeCap;
using Deepnote.Application.Access.Contracts.GetWorkspaceQuerySettings;
using Deepnote.Application.Access.Contracts.IsSsoEnforced;
using Deepnote.Application.Access.Contracts.JoinThroughSso;
using Deepnote.Application.Access.Contracts.PrepareRun;

namespace Deepnote.Application.Access.Ports;

/// <summary>Who holds a data-access grant on a connection.</summary>
public interface IGrantReader
{
    Task<Page<ConnectionGrantDto>> ListGrantsAsync(ConnectionId connection, int size, long offset, CancellationToken ct);
}
