using Deepnote.Application.Identity.Contracts.FindUserByEmail;
using Deepnote.Application.Identity.Contracts.RegisterUser;
using Deepnote.Application.Identity.Contracts.RevokeUserSessions;

namespace Deepnote.Application.Identity.Contracts;

public static class TokenPurposes
{
    public const string Setup = "setup";
    public const string Invitation = "invitation";
}
