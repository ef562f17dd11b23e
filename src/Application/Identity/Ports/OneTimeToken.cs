using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Identity.Ports;

/// <summary>What a one-time link was issued for: an account, another subject (an invitation), an e-mail address
/// (sign-up), or nothing (first set-up).</summary>
public sealed record OneTimeToken(UserId? User, Guid? Subject = null, string? Email = null)
{
    public override string ToString() => $"{nameof(OneTimeToken)} {{ {User}, {Subject} }}";
}
