using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsApi.Data.Entities;

namespace NewsApi.Data.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("People");
        builder.Property(p => p.Slug).HasMaxLength(Person.SlugMaxLength);
        builder.Property(p => p.Name).HasMaxLength(Person.NameMaxLength);
        builder.Property(p => p.NormalizedName).HasMaxLength(Person.NameMaxLength);
        builder.Property(p => p.Title).HasMaxLength(Person.TitleMaxLength);
        builder.PrimitiveCollection(p => p.Aliases);
        builder.Property(p => p.Version).IsConcurrencyToken();

        builder.HasIndex(p => p.Slug).IsUnique();
        builder.HasIndex(p => p.NormalizedName).IsUnique();

        builder.HasOne(p => p.Affiliation).WithMany(o => o.People).HasForeignKey(p => p.AffiliationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(p => p.Articles).WithOne(l => l.Person).HasForeignKey(l => l.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Quotes).WithOne(q => q.Speaker).HasForeignKey(q => q.SpeakerId).OnDelete(DeleteBehavior.SetNull);
    }
}
