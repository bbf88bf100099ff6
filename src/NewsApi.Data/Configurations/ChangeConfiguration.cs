using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsApi.Data.Entities;

namespace NewsApi.Data.Configurations;

internal sealed class ChangeConfiguration : IEntityTypeConfiguration<Change>
{
    public void Configure(EntityTypeBuilder<Change> builder)
    {
        builder.HasKey(c => c.Id);
        // AUTOINCREMENT: SQLite then never hands out a sequence number again, even after rows are pruned, so cursors stay valid.
        builder.Property(c => c.Id).ValueGeneratedOnAdd().HasAnnotation("Sqlite:Autoincrement", true);
        builder.Property(c => c.ResourceType).HasMaxLength(Change.ResourceTypeMaxLength);
        builder.Property(c => c.Slug).HasMaxLength(Change.SlugMaxLength);
        builder.Property(c => c.Kind).HasMaxLength(Change.KindMaxLength);
        builder.HasIndex(c => new { c.ResourceType, c.ResourceId });
    }
}
