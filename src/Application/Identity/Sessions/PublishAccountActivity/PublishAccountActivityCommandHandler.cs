using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts.ListMemberships;
using Deepnote.Application.Behaviors;
using Deepnote.Application.Identity.Ports;
using Deepnote.Domain.Identity.Users.Events;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Identity.Sessions.PublishAccountActivity;

internal sealed class PublishAccountActivityCommandHandler(ISender sender, IEventStore events, IAccountActivity activity,
    TimeProvider clock) : ICommandHandler<PublishAccountActivityCommand, int>
{
    public async ValueTask<int> Handle(PublishAccountActivityCommand command, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var entries = await activity.TakeAsync(PublishAccountActivityCommand.Batch, ct);
        foreach (var person in entries.GroupBy(e => e.UserId))
        {
            var published = Events(person.Key, person.ToList(), now);
            // Chains in one order, so that two publishers never wait on each other.
            foreach (var workspace in (await sender.Send(new ListMembershipsQuery(person.Key), ct)).OrderBy(w => w.Value))
            {
                await events.AppendAsync(SecurityStream.For(workspace.Value, now), workspace.Value, null,
                    [.. published.Select(e => e(workspace))], ct);
            }
        }

        return entries.Count;
    }

    private static List<Func<WorkspaceId, IDomainEvent>> Events(UserId user, List<AccountActivityEntry> entries, DateTimeOffset now)
    {
        var events = new List<Func<WorkspaceId, IDomainEvent>>();
        foreach (var e in entries.Where(e => e.Kind != IAccountActivity.Failed))
        {
            events.Add(e.Kind switch
            {
                IAccountActivity.SignedIn => w => new MemberSignedIn(user, w, e.Detail, e.OccurredAt),
                IAccountActivity.Ended => w => new MemberSessionEnded(user, w, e.Detail, e.OccurredAt),
                _ => w => new MemberCredentialChanged(user, w, e.Detail, e.OccurredAt),
            });
        }

        var failed = entries.Where(e => e.Kind == IAccountActivity.Failed).ToList();
        if (failed.Count > 0)
        {
            events.Add(w => new MemberSignInFailed(user, w, failed.Count, failed[0].OccurredAt, failed[^1].OccurredAt,
                failed[^1].Detail, now));
        }

        return events;
    }
}
