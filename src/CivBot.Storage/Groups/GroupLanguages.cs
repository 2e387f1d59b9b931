namespace CivBot.Storage.Groups;

using CivBot.Core.Engine;
using CivBot.Core.Languages;
using CivBot.Core.Model;
using CivBot.Storage.Database;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The language a group reads, for what is rendered outside the engine from stored state (the public page): the
/// engine's choice on the group's last committed state, or the deployment's language for a group it has not seen.
/// </summary>
public sealed class GroupLanguages(IDbContextFactory<CivBotDbContext> contexts, LoopEngine engine)
{
    public async Task<Words> OfAsync(GroupId group, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stateJson = await db
            .Groups.AsNoTracking()
            .Where(g => g.Id == group.Value)
            .Select(g => g.StateJson)
            .FirstOrDefaultAsync(cancellationToken);
        return stateJson is null
            ? Words.Of(engine.Options.Language)
            : engine.LanguageOf(StateJson.Deserialize(stateJson));
    }
}
