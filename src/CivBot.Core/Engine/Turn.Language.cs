namespace CivBot.Core.Engine;

using CivBot.Core.Commands;
using CivBot.Core.Languages;

/// <summary>
/// Which language each reader gets. The group's messages are in the group's language; a member's direct messages (and
/// answers in a private chat) in theirs. The language is data in the state, never the machine's culture.
/// </summary>
internal sealed partial class Turn
{
    private Words? _groupWords;

    /// <summary>The group's choice (<c>/language</c>), else its flow's <c>language</c>, else <c>CivBot:Language</c>, else English.</summary>
    private Words GroupWords => _groupWords ??= engine.LanguageOf(State);

    /// <summary>The member's language for direct messages: their choice or their platform's locale, else the group's.</summary>
    private Words WordsOf(Model.MemberId member) =>
        Words.Find(State.Member(member)?.Language) ?? GroupWords;

    /// <summary>The language of the chat the event came from: the sender's in a private chat, else the group's.</summary>
    private Words Here => input.IsPrivate ? WordsOf(Me) : GroupWords;

    /// <summary>A moment the catalogue shows in the reader's language and the group's zone.</summary>
    private Moment At(DateTimeOffset at) => new(at, now, Zone);

    /// <summary>Keeps a member's platform locale (Telegram <c>language_code</c>, Discord <c>locale</c>) unless they chose.</summary>
    private void NoteLanguage()
    {
        if (Words.Find(input.Sender.Language) is not { } words)
            return;
        var member = State.Member(Me);
        if (member is null || member.LanguageChosen || member.Language == words.Code)
            return;
        State = State with
        {
            Members = State.Members.Replace(member, member with { Language = words.Code }),
        };
    }

    /// <summary>
    /// <c>/language es</c> (<c>/idioma es</c>): in a group, the group's language; in a private chat (or "ES" by SMS),
    /// the language of the sender's direct messages.
    /// </summary>
    private void SetLanguage(ParsedCommand cmd)
    {
        var arg = cmd.Args.Trim();
        var chosen = Words.Find(arg);
        if (arg.Length == 0 || chosen is null)
        {
            Tell(w =>
                arg.Length == 0
                    ? w.LanguageIs(w.Name, input.IsPrivate, Words.Codes)
                    : w.LanguageUnknown(Texts.Short(arg, 20), Words.Codes)
            );
            return;
        }
        if (input.IsPrivate)
        {
            var member = State.Member(Me);
            if (member is not null)
                State = State with
                {
                    Members = State.Members.Replace(
                        member,
                        member with
                        {
                            Language = chosen.Code,
                            LanguageChosen = true,
                        }
                    ),
                };
            Tell(_ => chosen.LanguageSetForYou());
            return;
        }
        State = State with { Language = chosen.Code };
        _groupWords = chosen;
        Say(null, _ => chosen.LanguageSetForGroup(MyHandleSafe));
    }
}
