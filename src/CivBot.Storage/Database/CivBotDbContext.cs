namespace CivBot.Storage.Database;

using CivBot.Storage.FlowVersions;
using CivBot.Storage.Groups;
using CivBot.Storage.Inbox;
using CivBot.Storage.Members;
using CivBot.Storage.Meta;
using CivBot.Storage.Migrations;
using CivBot.Storage.Outbox;
using CivBot.Storage.Receipts;
using CivBot.Storage.Sms;
using CivBot.Storage.Timers;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// EF view of the schema, for reads and off-hot-path updates (export, verify, outbox dispatch, timers, admin).
/// The schema itself is owned by the SQL scripts in Migrations/; this model only maps onto it.
/// </summary>
public sealed class CivBotDbContext(DbContextOptions<CivBotDbContext> options) : DbContext(options)
{
    public DbSet<GroupEntity> Groups => Set<GroupEntity>();
    public DbSet<ChatEntity> Chats => Set<ChatEntity>();
    public DbSet<MemberContactEntity> MemberContacts => Set<MemberContactEntity>();
    public DbSet<MemberGroupEntity> MemberGroups => Set<MemberGroupEntity>();
    public DbSet<ReceiptEntity> Receipts => Set<ReceiptEntity>();
    public DbSet<InboxEntity> Inbox => Set<InboxEntity>();
    public DbSet<OutboxEntity> Outbox => Set<OutboxEntity>();
    public DbSet<TimerEntity> Timers => Set<TimerEntity>();
    public DbSet<FlowVersionEntity> FlowVersions => Set<FlowVersionEntity>();
    public DbSet<MetaEntity> Meta => Set<MetaEntity>();
    public DbSet<SchemaMigrationEntity> SchemaMigrations => Set<SchemaMigrationEntity>();
    public DbSet<JoinCodeEntity> JoinCodes => Set<JoinCodeEntity>();
    public DbSet<OptOutEntity> OptOuts => Set<OptOutEntity>();
    public DbSet<LinkCodeEntity> LinkCodes => Set<LinkCodeEntity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Listed one by one rather than scanned from the assembly: the model is exactly what is written here.
        modelBuilder.ApplyConfiguration(new GroupEntityConfiguration());
        modelBuilder.ApplyConfiguration(new ChatEntityConfiguration());
        modelBuilder.ApplyConfiguration(new MemberContactEntityConfiguration());
        modelBuilder.ApplyConfiguration(new MemberGroupEntityConfiguration());
        modelBuilder.ApplyConfiguration(new ReceiptEntityConfiguration());
        modelBuilder.ApplyConfiguration(new InboxEntityConfiguration());
        modelBuilder.ApplyConfiguration(new OutboxEntityConfiguration());
        modelBuilder.ApplyConfiguration(new TimerEntityConfiguration());
        modelBuilder.ApplyConfiguration(new FlowVersionEntityConfiguration());
        modelBuilder.ApplyConfiguration(new MetaEntityConfiguration());
        modelBuilder.ApplyConfiguration(new SchemaMigrationEntityConfiguration());
        modelBuilder.ApplyConfiguration(new JoinCodeEntityConfiguration());
        modelBuilder.ApplyConfiguration(new OptOutEntityConfiguration());
        modelBuilder.ApplyConfiguration(new LinkCodeEntityConfiguration());
    }
}
