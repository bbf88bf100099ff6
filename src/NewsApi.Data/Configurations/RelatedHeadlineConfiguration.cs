using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsApi.Data.Entities;

namespace NewsApi.Data.Configurations;

internal sealed class RelatedHeadlineConfiguration : IEntityTypeConfiguration<RelatedHeadline>
{
    public void Configure(EntityTypeBuilder<RelatedHeadline> builder)
    {
        builder.Property(r => r.Text).HasMaxLength(RelatedHeadline.TextMaxLength);
        builder.HasIndex(r => new { r.ArticleId, r.Order });
    }
}
