namespace Deepnote.Application.Identity.Ports;

public interface IPasswordHasher
{
    string Hash(string password);

    /// <summary>Verifies in constant time; a null hash still costs one verification.</summary>
    bool Verify(string? hash, string password);
}
