namespace NewsApi.Ingestion.Entities.Text;

/// <summary>Character tests of one word, asked of nearly every token: a loop, without the enumerator and delegate of LINQ over a string.</summary>
internal static class WordChars
{
    public static bool HasDigit(string word)
    {
        foreach (var c in word)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }
        return false;
    }
}
