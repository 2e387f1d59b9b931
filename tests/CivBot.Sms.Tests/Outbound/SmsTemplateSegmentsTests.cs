namespace CivBot.Sms.Tests.Outbound;

using CivBot.Core.Languages;
using CivBot.Sms.Outbound;

/// <summary>
/// What a texter reads stays cheap: every segment is paid for. English texts stay in one segment, as they
/// were before Spanish; Spanish ones (whose accents may force UCS-2, 67 characters a segment) in at most two.
/// </summary>
public sealed class SmsTemplateSegmentsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
    private static readonly Moment InTwoHours = new(Now.AddHours(2), Now, TimeZoneInfo.Utc);

    /// <summary>The texts an SMS member gets, with typical values (a default handle, a short ask).</summary>
    private static readonly Dictionary<string, Func<Words, string>> Texts = new()
    {
        ["HowToJoin"] = w => w.HowToJoin("K7QX2M"),
        ["JoinWelcome"] = w => w.JoinWelcome("texter-1a2b"),
        ["JoinNoCode"] = w => w.JoinNoCode,
        ["JoinWrongCode"] = w => w.JoinWrongCode,
        ["NameMissing"] = w => w.NameMissing,
        ["Named"] = w => w.Named("Dana"),
        ["AskThanks"] = w => w.AskThanks(12, "Dana"),
        ["DecisionOnYourAsk"] = w => w.DecisionOnYourAsk(12, "Eve drives her at 4pm"),
        ["YourAskDone"] = w => w.YourAskDone(12, "Dropped her at the clinic"),
        ["NoVoteOpen"] = w => w.NoVoteOpen,
        ["LanguageSetForYou"] = w => w.LanguageSetForYou(),
        ["VoteRecorded"] = w => w.VoteRecorded(false, 12, "2) Eve drives her", InTwoHours),
        ["PrivateHint"] = w => w.PrivateHint,
        ["NameRefused"] = w =>
            w.NameRefused(
                w.NameProblemText(NameProblem.LooksLikeAMember, "Dana", "CivBot", 40),
                "Dana 2",
                sms: true
            ),
        ["WhatDoYouNeed"] = w => w.WhatDoYouNeed("urgent"),
        ["SoundsUrgentToYou"] = w =>
            w.SoundsUrgentToYou("urgent", "15m", 12, "Urgent ride", w.About(2, TimeUnit.Hour)),
        ["SwitchedFlowForYou"] = w =>
            w.SwitchedFlowForYou(12, "Urgent ride", w.About(2, TimeUnit.Hour)),
        ["ReplyToSwitch"] = w => w.ReplyToSwitch("URGENT"),
    };

    public static TheoryData<string> Names() => [.. Texts.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void An_sms_text_stays_within_its_segments_in_every_language(string name)
    {
        var english = SmsSegments.Count(SmsText.ToGsmFriendly(Texts[name](Words.English)));
        Assert.True(english.Segments == 1, $"{name} in English takes {english.Segments} segments");
        var spanish = Texts[name](Words.Spanish);
        var count = SmsSegments.Count(SmsText.ToGsmFriendly(spanish));
        Assert.True(
            count.Segments <= 2,
            $"{name} in Spanish takes {count.Segments} segments ({count.Encoding}): {spanish}"
        );
    }

    [Fact]
    public void The_spanish_keyword_answers_fit_one_segment()
    {
        foreach (var text in new[] { SmsTexts.HelpEs, SmsTexts.OptedOutEs, SmsTexts.OptedInEs })
            Assert.Equal((SmsEncoding.Gsm7, 1), SmsSegments.Count(text));
    }
}
