using Deepnote.Application.Audit.Events.GetAuditEvents;
using FluentValidation;

namespace Deepnote.Application.Audit.Events.ExportAuditLog;

internal sealed class ExportAuditLogCommandValidator : AbstractValidator<ExportAuditLogCommand>
{
    public ExportAuditLogCommandValidator()
    {
        RuleFor(c => c.Format).Must(f => ExportAuditLogCommand.Formats.Contains(f))
            .WithName("format").WithMessage("format must be jsonl or csv.");
        RuleFor(c => c.Types).Must(t => t is null || t.Count <= GetAuditEventsQuery.MaxTypes)
            .WithName("types").WithMessage($"Filter on at most {GetAuditEventsQuery.MaxTypes} types.");
        RuleForEach(c => c.Types).Must(t => t.Length is > 0 and <= 100).WithName("types")
            .WithMessage("Each type is a name of 1 to 100 characters.");
        RuleFor(c => c.To).Must((c, to) => to is null || c.From is null || to >= c.From)
            .WithName("to").WithMessage("'to' must not be before 'from'.");
    }
}
