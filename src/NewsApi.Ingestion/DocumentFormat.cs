namespace NewsApi.Ingestion;

/// <summary>How a raw document is written: the text a browser shows, or the page's HTML.</summary>
public enum DocumentFormat
{
    Text,
    Html,
}

public static class DocumentFormats
{
    /// <summary>The format a file name's extension names: <c>.html</c> and <c>.htm</c> are HTML, anything else text.</summary>
    public static DocumentFormat FromFileName(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var extension = Path.GetExtension(fileName);
        return extension.Equals(".html", StringComparison.OrdinalIgnoreCase) || extension.Equals(".htm", StringComparison.OrdinalIgnoreCase)
            ? DocumentFormat.Html
            : DocumentFormat.Text;
    }
}
