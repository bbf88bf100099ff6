namespace NewsApi.Changes;

/// <summary>One creation, update or deletion.</summary>
/// <param name="Sequence" example="42">Position in the feed; grows with every write and is never reused.</param>
/// <param name="Type" example="article">What changed: `article`, `person`, `organization` or `tag`.</param>
/// <param name="Id" example="7">The resource's id.</param>
/// <param name="Slug" example="chinese-military-officer-visits-damascus">The resource's slug at the time; for a deletion, the slug it had.</param>
/// <param name="Kind" example="updated">`created`, `updated` or `deleted` (a tombstone: the resource is gone).</param>
/// <param name="At" example="2026-11-26T12:00:00Z">UTC instant of the write.</param>
public sealed record ChangeItem(long Sequence, string Type, int Id, string Slug, string Kind, DateTimeOffset At);

/// <summary>One page of the change feed.</summary>
/// <param name="Items">Changes in sequence order, oldest first.</param>
/// <param name="Next" example="YzE6NDI">Cursor to pass as `since` for the changes after these; when there are none yet, the same position again, so a mirror can keep polling with it. Null only for an empty feed read from the start.</param>
/// <param name="HasMore" example="false">True when more changes follow right away; false when the mirror has caught up.</param>
public sealed record ChangePage(IReadOnlyList<ChangeItem> Items, string? Next, bool HasMore);
