using Deepnote.Api.Security;
using Deepnote.Application.Common;
using Deepnote.Application.Identity.People.EraseAddress;
using Deepnote.Domain.SharedKernel;
using Deepnote.Infrastructure.EventStore;
using Mediator;

namespace Deepnote.Api.Hosting;

/// <summary><c>./deepnote erase-address EMAIL</c>: the operator's answer to a person's erasure request (see
/// <see cref="EraseAddressCommand"/>). Exit code 1 with the reason when there is nothing to erase or it may not be.</summary>
public static class AddressErasure
{
    public static async Task<int> RunAsync(WebApplication app, string email, TextWriter output, CancellationToken ct)
    {
        await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().AsSystem();
        try
        {
            var erased = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new EraseAddressCommand(email), ct);
            await output.WriteLineAsync($"Erased address {erased.AddressId}: {erased.RowsScrubbed} rows removed outside "
                + "the log; events name it by id only, and nothing resolves that id any more.");
            return 0;
        }
        catch (Exception ex) when (ex is DomainException or NotFoundException or RequestValidationException)
        {
            await output.WriteLineAsync("Not erased: " + ex.Message);
            return 1;
        }
    }
}
