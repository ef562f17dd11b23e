namespace Deepnote.Application.Identity.Contracts;

/// <summary>A new token: <see cref="Secret"/> is shown to its owner once and never stored.</summary>
public sealed record CreatedApiToken(ApiTokenDto Token, string Secret)
{
    public override string ToString() => $"{nameof(CreatedApiToken)} {{ {Token.Id} }}";
}
