using Deepnote.Domain.SharedKernel;
using Npgsql;

namespace Deepnote.Infrastructure.EventStore;

/// <summary>A read model updated in the same transaction as the events it follows.</summary>
public interface IInlineProjection
{
    /// <summary>Adds the statements for <paramref name="domainEvent"/> to the batch, or nothing if it does not care.</summary>
    void Project(IDomainEvent domainEvent, NpgsqlBatch batch);
}
