using System.ComponentModel.DataAnnotations;

namespace NewsApi.Seeding;

/// <summary>Seeding:Path and Seeding:Enabled.</summary>
public sealed class SeedingOptions
{
    public const string SectionName = "Seeding";

    /// <summary>A folder of *.txt documents; a relative path is looked up under the content root first, then beside the app.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = "seeds";

    public bool Enabled { get; set; } = true;

    public string ResolvePath(string contentRootPath)
    {
        if (System.IO.Path.IsPathRooted(Path))
        {
            return Path;
        }
        var underContentRoot = System.IO.Path.GetFullPath(Path, contentRootPath);
        return Directory.Exists(underContentRoot) ? underContentRoot : System.IO.Path.GetFullPath(Path, AppContext.BaseDirectory);
    }
}
