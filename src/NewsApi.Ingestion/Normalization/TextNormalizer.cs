using System.Text;

namespace NewsApi.Ingestion.Normalization;

/// <summary>Folds the text's Unicode and whitespace so that every later stage sees one form.</summary>
public static class TextNormalizer
{
    // Placeholder until the layout stage lands.
    public static string Normalize(string text) =>
        text.Normalize(NormalizationForm.FormC).Replace("\r\n", "\n").Replace('\u00A0', ' ');
}
