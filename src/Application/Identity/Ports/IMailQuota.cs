namespace Deepnote.Application.Identity.Ports;

/// <summary>How often anyone may make the product mail one address unasked (sign-up and reset links): at most
/// <see cref="PerHour"/> mails of a kind per address per hour, so a stranger cannot mail-bomb a person.</summary>
public interface IMailQuota
{
    public const int PerHour = 3;

    /// <summary>Takes one mail of <paramref name="purpose"/> to <paramref name="recipient"/>; false when the hour's
    /// quota is used up.</summary>
    Task<bool> TryTakeAsync(string recipient, string purpose, CancellationToken ct);
}
