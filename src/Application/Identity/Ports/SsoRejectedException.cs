namespace Deepnote.Application.Identity.Ports;

/// <summary>The provider's answer cannot be used. <see cref="Unreachable"/> when the provider could not be asked at
/// all (network, refused address, bad discovery document).</summary>
public sealed class SsoRejectedException(string reason, Exception? inner = null, bool unreachable = false)
    : Exception(reason, inner)
{
    public string Reason { get; } = reason;

    public bool Unreachable { get; } = unreachable;
}
