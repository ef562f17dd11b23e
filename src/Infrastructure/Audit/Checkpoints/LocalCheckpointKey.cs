using System.Security.Cryptography;

namespace Deepnote.Infrastructure.Audit.Checkpoints;

/// <summary>The local checkpoint key: a P-256 private key (PKCS#8 PEM) in a file of its own, readable by its owner
/// only and kept apart from the master key. Created on first start when absent.</summary>
public static class LocalCheckpointKey
{
    private const UnixFileMode OthersAccess = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    public static EcdsaCheckpointSigner Load(string keyFile)
    {
        if (!File.Exists(keyFile)) Create(keyFile);
        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(keyFile) & OthersAccess) != 0)
        {
            throw new InvalidOperationException(
                $"The checkpoint key file {keyFile} is readable by others; refusing to start (chmod 600 it).");
        }

        return new EcdsaCheckpointSigner(EcdsaCheckpointSigner.Import(File.ReadAllText(keyFile)), "local");
    }

    private static void Create(string keyFile)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(keyFile))!);
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        try
        {
            using var writer = new StreamWriter(keyFile, options);
            writer.Write(key.ExportPkcs8PrivateKeyPem());
        }
        catch (IOException) when (File.Exists(keyFile))
        {
            // Another node created it first; use theirs.
        }
    }
}
