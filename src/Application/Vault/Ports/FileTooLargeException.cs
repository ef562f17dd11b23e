namespace Deepnote.Application.Vault.Ports;

public sealed class FileTooLargeException(long maxBytes)
    : Exception($"The file is larger than {maxBytes / (1024 * 1024)} MiB.")
{
    public long MaxBytes { get; } = maxBytes;
}
