namespace Deepnote.Application.Common.Authorization;

/// <summary>Implemented by every command and query (the architecture tests check it): what the request needs.
/// A message without it is refused by the authorization behaviour.</summary>
public interface IAuthorizedRequest
{
    AccessRequirement RequiredAccess();
}
