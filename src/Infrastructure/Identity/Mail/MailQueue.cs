using System.Threading.Channels;
using Deepnote.Application.Identity.Ports;
using Microsoft.Extensions.Logging;

namespace Deepnote.Infrastructure.Identity.Mail;

/// <summary>Mails waiting for delivery on this node, in memory only (their one-time links are never stored), at most
/// <see cref="Capacity"/>; a full queue refuses the request that wanted to mail.</summary>
internal sealed partial class MailQueue(ILogger<MailQueue> logger)
{
    public const int Capacity = 1000;

    private readonly Channel<OutgoingMail> _channel = Channel.CreateBounded<OutgoingMail>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    public bool HasRoom => _channel.Reader.Count < Capacity;

    public ChannelReader<OutgoingMail> Reader => _channel.Reader;

    public void Enqueue(OutgoingMail mail)
    {
        if (!_channel.Writer.TryWrite(mail)) LogDropped(logger, mail.Subject);
    }

    [LoggerMessage(LogLevel.Error, "The mail queue is full; a mail ({Subject}) was dropped")]
    private static partial void LogDropped(ILogger logger, string subject);
}
