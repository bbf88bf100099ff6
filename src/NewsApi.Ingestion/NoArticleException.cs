namespace NewsApi.Ingestion;

/// <summary>The page holds text, but nothing that reads as an article: no headline and no body paragraph.</summary>
public sealed class NoArticleException() : ArgumentException("The page holds no article text: no headline and no paragraph of body text were found.");
