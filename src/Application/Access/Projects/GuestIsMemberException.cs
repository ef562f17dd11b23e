using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Common.Validation;
using Deepnote.Application.Identity.Contracts;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using FluentValidation;
using Mediator;

namespace Deepnote.Application.Access.Projects;

public sealed class GuestIsMemberException()
    : Domain.SharedKernel.DomainException("This person is a member of the workspace: share the project with them instead.",
        Domain.SharedKernel.DomainErrorKind.Conflict);
