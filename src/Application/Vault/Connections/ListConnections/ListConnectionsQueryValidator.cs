using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Vault.Contracts;
using Deepnote.Application.Vault.Ports;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using FluentValidation;
using Mediator;

namespace Deepnote.Application.Vault.Connections.ListConnections;

internal sealed class ListConnectionsQueryValidator : AbstractValidator<ListConnectionsQuery>
{
    public ListConnectionsQueryValidator() => this.AddPagingRules(q => q.First, q => q.After);
}
