using Deepnote.Application.Abstractions;
using Deepnote.Application.Common;
using Deepnote.Application.Identity.Ports;

namespace Deepnote.Infrastructure.Identity.Mail;

/// <summary>The mailer requests use: a mail is queued once the request's transaction commits (a rolled-back
/// invitation mails nobody) and delivered by <see cref="MailDelivery"/>, so no request waits on the relay while it
/// holds a transaction or a chain lock, and a known and an unknown address take the same time to answer.</summary>
internal sealed class QueuedMailer(MailQueue queue, IUnitOfWork unitOfWork) : IMailer
{
    public Task SendAsync(OutgoingMail mail, CancellationToken ct)
    {
        if (!queue.HasRoom) throw new DependencyUnavailableException("Too much mail is waiting to be sent; try again later.");
        unitOfWork.AfterCommit(() => queue.Enqueue(mail));
        return Task.CompletedTask;
    }
}
