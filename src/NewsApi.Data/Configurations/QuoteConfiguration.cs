using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsApi.Data.Entities;

namespace NewsApi.Data.Configurations;

internal sealed class QuoteConfiguration : IEntityTypeConfiguration<Quote>
{
    public void Configure(EntityTypeBuilder<Quote> builder)
    {
        builder.Property(q => q.Text).HasMaxLength(Quote.TextMaxLength);
        builder.HasIndex(q => new { q.ArticleId, q.Order });
        builder.HasIndex(q => q.SpeakerId);
    }
}
