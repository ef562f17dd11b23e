using Deepnote.Domain.SharedKernel;
using Deepnote.Application.Identity.Contracts.FindUserByEmail;
using Deepnote.Application.Identity.Contracts.RegisterUser;
using Deepnote.Application.Identity.Contracts.RevokeUserSessions;

namespace Deepnote.Application.Identity.Contracts;

/// <summary>A new token: <see cref="Secret"/> is shown to its owner once and never stored.</summary>
public sealed record CreatedApiToken(ApiTokenDto Token, string Secret)
{
    public override string ToString() => $"{nameof(CreatedApiToken)} {{ {Token.Id} }}";
}
