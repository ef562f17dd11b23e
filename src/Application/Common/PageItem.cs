using System.Linq.Expressions;
using System.Text;
using FluentValidation;

namespace Deepnote.Application.Common;

public sealed record PageItem<T>(string Cursor, T Node);
