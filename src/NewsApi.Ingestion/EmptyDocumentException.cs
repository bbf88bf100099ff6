namespace NewsApi.Ingestion;

/// <summary>The one error the parser throws: the input holds no text at all.</summary>
public sealed class EmptyDocumentException() : ArgumentException("The document is empty or holds only whitespace.");
