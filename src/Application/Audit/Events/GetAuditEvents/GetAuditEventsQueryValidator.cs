using Deepnote.Application.Common;
using FluentValidation;

namespace Deepnote.Application.Audit.Events.GetAuditEvents;

internal sealed class GetAuditEventsQueryValidator : AbstractValidator<GetAuditEventsQuery>
{
    public GetAuditEventsQueryValidator()
    {
        this.AddPagingRules(q => q.First, q => q.After, GetAuditEventsQuery.CursorKind);
        RuleFor(q => q.Filter.Types).Must(t => t is null || t.Count <= GetAuditEventsQuery.MaxTypes)
            .WithName("filter.types").WithMessage($"Filter on at most {GetAuditEventsQuery.MaxTypes} types.");
        RuleFor(q => q.Filter.To).Must((q, to) => to is null || q.Filter.From is null || to >= q.Filter.From)
            .WithName("filter.to").WithMessage("'to' must not be before 'from'.");
    }
}
