namespace Deepnote.Application.Identity.Ports;

/// <summary>A plain-text mail. The body may carry a one-time link: never log it.</summary>
public sealed record OutgoingMail(string To, string Subject, string Body)
{
    public override string ToString() => $"{nameof(OutgoingMail)} {{ {Subject} }}";
}
