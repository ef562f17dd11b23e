using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Vault.Keys.RunKeyRotation;

/// <summary>The background part of a rotation: re-wrap, then record completion. Safe to run again after a crash:
/// what was re-wrapped stays re-wrapped and is skipped.</summary>
public sealed record RunKeyRotationCommand(WorkspaceId WorkspaceId, Guid RotationId) : ICommand<long>,
    IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.System;
}
