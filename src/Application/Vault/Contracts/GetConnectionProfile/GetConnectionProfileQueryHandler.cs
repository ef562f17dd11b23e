using Deepnote.Application.Common;
using Deepnote.Application.Vault.Ports;
using Mediator;

namespace Deepnote.Application.Vault.Contracts.GetConnectionProfile;

internal sealed class GetConnectionProfileQueryHandler(IVaultReader reader)
    : IQueryHandler<GetConnectionProfileQuery, ConnectionProfile>
{
    public const string CredentialsNeeded = "This connection signs each person in with their own database account: "
        + "enter your user name and password for it first (setMyConnectionCredentials).";

    public async ValueTask<ConnectionProfile> Handle(GetConnectionProfileQuery query, CancellationToken ct)
    {
        var profile = await reader.GetProfileAsync(query.ConnectionId, ct)
            ?? throw new NotFoundException("This connection was not found, or you cannot see it.");
        if (!profile.Settings.PerPerson || query.RunAs is not { } person) return profile;
        var own = await reader.GetPersonalCredentialAsync(query.ConnectionId, person, ct)
            ?? throw new RequestValidationException([new FieldError("connectionId", CredentialsNeeded)]);
        return profile with { Settings = profile.Settings with { Username = own.Username }, SecretId = own.SecretId, Person = person };
    }
}
