using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using FluentValidation;
using Mediator;

namespace Deepnote.Application.Access.Authorization.ExplainAccess;

/// <param name="Layer">ROLE, GRANT or PROJECT: the layer that decided.</param>
public sealed record AccessExplanation(bool Allowed, string Layer, string Reason, WorkspaceRole? Role,
    ProjectAccess? ProjectAccess);
