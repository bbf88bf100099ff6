using NewsApi.Directories;

namespace NewsApi.Quotes;

/// <summary>Who said what, where and when.</summary>
/// <param name="Text" example="China and Syria's militaries have a traditionally friendly relationship">The quoted words.</param>
/// <param name="Partial" example="false">True for a quoted phrase inside a sentence rather than a whole statement.</param>
/// <param name="Speaker">Who said it, where the parser could tell.</param>
/// <param name="SpeakerTitle" example="senior research fellow">The speaker's title as the article gives it.</param>
/// <param name="Article">The article the quotation appears in.</param>
public sealed record QuoteListItem(string Text, bool Partial, EntityLink? Speaker, string? SpeakerTitle, QuoteSource Article);

/// <summary>Where and when a quotation was printed.</summary>
/// <param name="Slug" example="chinese-military-officer-visits-damascus">The article's key.</param>
/// <param name="Headline" example="Senior Chinese military officer visits Damascus">Its headline.</param>
/// <param name="PublishedAt" example="2021-01-16T00:44:00Z">UTC instant; null when the document gives no date.</param>
/// <param name="Dateline" example="DAMASCUS">The dateline place, if any.</param>
public sealed record QuoteSource(string Slug, string Headline, DateTimeOffset? PublishedAt, string? Dateline);
