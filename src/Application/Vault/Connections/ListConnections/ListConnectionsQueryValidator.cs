using Deepnote.Application.Common;
using FluentValidation;

namespace Deepnote.Application.Vault.Connections.ListConnections;

internal sealed class ListConnectionsQueryValidator : AbstractValidator<ListConnectionsQuery>
{
    public ListConnectionsQueryValidator() => this.AddPagingRules(q => q.First, q => q.After);
}
