namespace CivBot.Storage.Receipts;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

/// <summary>Maps <see cref="ReceiptEntity"/> onto <c>receipts</c> exactly as Migrations/*.sql creates it.</summary>
internal sealed class ReceiptEntityConfiguration : IEntityTypeConfiguration<ReceiptEntity>
{
    public void Configure(EntityTypeBuilder<ReceiptEntity> b)
    {
        b.ToTable("receipts");
        b.HasKey(e => new { e.GroupId, e.Seq });
        b.Property(e => e.GroupId).HasColumnName("group_id");
        b.Property(e => e.Seq).HasColumnName("seq").ValueGeneratedNever();
        b.Property(e => e.LoopNo).HasColumnName("loop_no");
        b.Property(e => e.Kind).HasColumnName("kind");
        b.Property(e => e.At).HasColumnName("at");
        b.Property(e => e.Actor).HasColumnName("actor");
        b.Property(e => e.Summary).HasColumnName("summary");
        b.Property(e => e.Amount).HasColumnName("amount");
        b.Property(e => e.Currency).HasColumnName("currency");
        b.Property(e => e.EvidenceJson).HasColumnName("evidence_json");
        b.Property(e => e.PrevHash).HasColumnName("prev_hash");
        b.Property(e => e.Hash).HasColumnName("hash");
        b.Property(e => e.ActorId).HasColumnName("actor_id");
        b.Property(e => e.ActorType).HasColumnName("actor_type");
        b.Property(e => e.Form).HasColumnName("form").HasDefaultValue(1);
        b.Property(e => e.Phrase).HasColumnName("phrase");
    }
}
