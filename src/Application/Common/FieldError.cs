namespace Deepnote.Application.Common;

public sealed record FieldError(string Field, string Message);
