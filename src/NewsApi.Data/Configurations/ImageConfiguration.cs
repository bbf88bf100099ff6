using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsApi.Data.Entities;

namespace NewsApi.Data.Configurations;

internal sealed class ImageConfiguration : IEntityTypeConfiguration<Image>
{
    public void Configure(EntityTypeBuilder<Image> builder)
    {
        builder.Property(i => i.Caption).HasMaxLength(Image.CaptionMaxLength);
        builder.Property(i => i.Credit).HasMaxLength(Image.CreditMaxLength);
        builder.Property(i => i.Url).HasMaxLength(Image.UrlMaxLength);
        builder.HasIndex(i => new { i.ArticleId, i.Order });
    }
}
