using System.Linq.Expressions;
using FluentValidation;

namespace Deepnote.Application.Common;

public static class PagingRules
{
    /// <summary>first: 1..500; after: a cursor this list handed out.</summary>
    public static void AddPagingRules<T>(this AbstractValidator<T> validator, Expression<Func<T, int?>> first,
        Expression<Func<T, string?>> after, string cursorKind = Paging.OffsetCursor)
    {
        validator.RuleFor(first).InclusiveBetween(1, Paging.MaxPageSize);
        validator.RuleFor(after).Must(c => Paging.TryDecodeCursor(c, cursorKind, out _))
            .WithMessage("This cursor was not issued by this list.");
    }
}
