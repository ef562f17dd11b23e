using FluentValidation;

namespace Deepnote.Application.Audit.Events.GetAuditActivity;

internal sealed class GetAuditActivityQueryValidator : AbstractValidator<GetAuditActivityQuery>
{
    public GetAuditActivityQueryValidator() =>
        RuleFor(q => q.Days).InclusiveBetween(1, GetAuditActivityQuery.MaxDays).WithName("days");
}
