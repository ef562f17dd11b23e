using System.Security.Cryptography;
using System.Text;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Common.Validation;
using Deepnote.Application.Identity.Ports;
using Deepnote.Domain.SharedKernel;
using FluentValidation;
using Mediator;

namespace Deepnote.Application.Identity.Sso;

internal sealed class StartSsoCommandValidator : AbstractValidator<StartSsoCommand>
{
    public StartSsoCommandValidator() => RuleFor(c => c.Email).ValidEmail();
}
