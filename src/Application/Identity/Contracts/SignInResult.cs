using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Identity.Contracts;

/// <summary>The outcome of a sign-in. <see cref="SessionToken"/> is a secret for the cookie only: never log it.
/// A failure is a result rather than an exception so that the <c>SignInFailed</c> event still commits;
/// <see cref="FailureCode"/> is one of <see cref="SsoFailureCodes"/> for single sign-on.</summary>
public sealed record SignInResult(UserId? UserId, string? SessionToken, bool RateLimited = false, string? FailureCode = null)
{
    public bool Succeeded => UserId is not null && SessionToken is not null;

    public static SignInResult Failed { get; } = new(null, null);

    /// <summary>Too many failures for the account or the address: refused without checking the password.</summary>
    public static SignInResult Limited { get; } = new(null, null, RateLimited: true);

    public static SignInResult Refused(string failureCode) => new(null, null, FailureCode: failureCode);

    public override string ToString() => Succeeded ? $"signed in {UserId}" : "sign-in failed";
}
