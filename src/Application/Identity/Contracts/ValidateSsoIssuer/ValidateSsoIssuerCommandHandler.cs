using Deepnote.Application.Common;
using Deepnote.Application.Identity.Ports;
using Mediator;

namespace Deepnote.Application.Identity.Contracts.ValidateSsoIssuer;

internal sealed class ValidateSsoIssuerCommandHandler(IOidcClient oidc) : ICommandHandler<ValidateSsoIssuerCommand, Unit>
{
    public async ValueTask<Unit> Handle(ValidateSsoIssuerCommand command, CancellationToken ct)
    {
        try
        {
            await oidc.ValidateIssuerAsync(command.Issuer, ct);
        }
        catch (SsoRejectedException ex)
        {
            throw new RequestValidationException([new FieldError("issuer", "This provider cannot be used: " + ex.Reason + ".")]);
        }

        return Unit.Value;
    }
}
