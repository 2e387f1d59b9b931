namespace CivBot.Storage.Timers;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

/// <summary>Maps <see cref="TimerEntity"/> onto <c>timers</c> exactly as Migrations/*.sql creates it.</summary>
internal sealed class TimerEntityConfiguration : IEntityTypeConfiguration<TimerEntity>
{
    public void Configure(EntityTypeBuilder<TimerEntity> b)
    {
        b.ToTable("timers");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).HasColumnName("id").ValueGeneratedOnAdd();
        b.Property(e => e.GroupId).HasColumnName("group_id");
        b.Property(e => e.DueAt).HasColumnName("due_at");
        b.Property(e => e.SpecJson).HasColumnName("spec_json");
        b.Property(e => e.Fired).HasColumnName("fired");
        b.Property(e => e.ClaimedBy).HasColumnName("claimed_by");
        b.Property(e => e.LeaseUntil).HasColumnName("lease_until");
    }
}
