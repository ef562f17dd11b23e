namespace Deepnote.Application.Identity.Ports;

public sealed class SsoRejectedException(string reason, Exception? inner = null) : Exception(reason, inner)
{
    public string Reason { get; } = reason;
}
