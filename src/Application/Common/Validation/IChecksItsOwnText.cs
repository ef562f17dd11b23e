namespace Deepnote.Application.Common.Validation;

/// <summary>A request whose handler deals with text PostgreSQL refuses itself (a sign-in records the attempt as a
/// failure before answering VALIDATION_FAILED), so the validation behaviour lets it through.</summary>
public interface IChecksItsOwnText;
